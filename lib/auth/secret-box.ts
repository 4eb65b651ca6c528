import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

import { getEnv } from "@/lib/env";

// Second-factor secrets at rest: AES-256-GCM with a key derived (HKDF-SHA256) from
// SECOND_FACTOR_SECRET. A copy of the database alone does not give the codes.
const VERSION = "v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", getEnv().SECOND_FACTOR_SECRET, "", "conciergerie second factor v1", 32));
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function openSecret(sealed: string): string {
  const [version, payload] = sealed.split(":");
  if (version !== VERSION || !payload) throw new Error("Unknown sealed secret format");
  const raw = Buffer.from(payload, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
