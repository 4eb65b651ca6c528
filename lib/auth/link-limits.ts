import "server-only";

import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { keyedHash } from "@/lib/http/client-address";

export const SIGN_IN_LINKS_PER_EMAIL_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Records a sign-in link about to be sent, unless the address or the client already had their share
 * this hour. Counted in PostgreSQL (every app instance shares it) under transaction-scoped advisory
 * locks, so simultaneous requests for one address or client cannot all slip under the limit.
 * Only granted links are counted: refusals cost nothing and cannot lock someone out for longer.
 */
export async function reserveSignInLink(email: string, client: string, now = new Date()): Promise<boolean> {
  const env = getEnv();
  const emailHash = keyedHash(env.CLIENT_ADDRESS_SECRET, "email", email);
  const clientHash = keyedHash(env.CLIENT_ADDRESS_SECRET, "ip", client);
  const since = new Date(now.getTime() - HOUR_MS);
  return db.$transaction(async (tx) => {
    // Always the same order (email, then client): no deadlock between two requests.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${emailHash}`}, 0))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${clientHash}`}, 0))`;
    const byEmail = await tx.signInLinkRequest.count({ where: { emailHash, createdAt: { gt: since } } });
    const byClient = await tx.signInLinkRequest.count({ where: { clientHash, createdAt: { gt: since } } });
    if (byEmail >= SIGN_IN_LINKS_PER_EMAIL_HOUR || byClient >= env.SIGN_IN_LINKS_PER_CLIENT_HOUR) return false;
    await tx.signInLinkRequest.create({ data: { emailHash, clientHash, createdAt: now } });
    return true;
  });
}

/** Daily: sign-in links past their expiry and limit rows older than the longest window. */
export async function purgeSignInLeftovers(now = new Date()): Promise<{ tokens: number; requests: number }> {
  const [tokens, requests] = await db.$transaction([
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.signInLinkRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * HOUR_MS) } } }),
  ]);
  return { tokens: tokens.count, requests: requests.count };
}
