import { EmailSchema } from "@/lib/invitations/schemas";

/**
 * Auth.js's identifier normaliser: every address that reaches the email provider passes here, whatever
 * the entry point. NFKC first (a full-width "＠" becomes "@" and is then judged), then the same zod rule
 * as our forms: one address, no list ("a@x,b@y"), no quotes, no display name.
 */
export function normaliseIdentifier(identifier: unknown): string {
  const parsed = EmailSchema.safeParse(typeof identifier === "string" ? identifier.normalize("NFKC") : identifier);
  if (!parsed.success || /[",;<>\s]/.test(parsed.data)) throw new Error("Invalid email address.");
  return parsed.data;
}
