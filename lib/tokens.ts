import { createHash, randomBytes } from "node:crypto";

/** A random secret for a link; only its hash is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A sent email's stored copy keeps no usable link: the secret part of tracking, invitation and
 * calendar links is replaced (only token hashes are meant to be at rest).
 */
export function withoutLinkTokens(body: string): string {
  return body.replace(
    /\/(track|invitation|calendar|check-in|orientation|email-change)\/[A-Za-z0-9_-]{43}/g,
    "/$1/[lien-retiré]",
  );
}
