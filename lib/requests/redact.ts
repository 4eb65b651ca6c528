import type { Tx } from "@/lib/db";
import { escapeHtml } from "@/lib/mail/layout";

export const REDACTED = "[anonymisé]";

export type PersonTraces = {
  emails: string[];
  phones: string[];
  firstName: string;
  fullName: string;
  anonymisedEmail: string;
};

/** Every way the person's data may be written: as typed, and HTML-escaped in email bodies. */
function forms(values: string[]): string[] {
  const all = values.flatMap((v) => [v, escapeHtml(v)]).filter((v) => v.trim().length >= 3);
  return [...new Set(all)].sort((x, y) => y.length - x.length); // longest first: "Camille Martin" before "Camille"
}

async function replaceInEmails(tx: Tx, tenantId: string, { value, onlyTo }: { value: string; onlyTo?: string[] }) {
  await tx.$executeRaw`
    UPDATE "OutboundEmail" SET
      "subject" = replace("subject", ${value}, ${REDACTED}),
      "text" = replace("text", ${value}, ${REDACTED}),
      "html" = replace("html", ${value}, ${REDACTED})
    WHERE "tenantId" = ${tenantId}
      AND (${onlyTo ?? null}::text[] IS NULL OR "to" = ANY(${onlyTo ?? []}::text[]))
      AND (strpos("subject", ${value}) > 0 OR strpos("text", ${value}) > 0 OR strpos("html", ${value}) > 0)`;
}

/**
 * Erases a person's traces outside the request row, in the anonymisation's transaction: stored emails
 * (to them: pending ones deleted, sent ones redacted; to the staff: their name, addresses and phones
 * replaced), audit rows that quote them, and invitations to their addresses.
 */
export async function redactPersonTraces(tx: Tx, tenantId: string, person: PersonTraces): Promise<void> {
  const emails = [...new Set(person.emails)];
  await tx.outboundEmail.deleteMany({ where: { tenantId, to: { in: emails }, status: "PENDING" } });
  for (const value of forms([person.fullName, ...emails, ...person.phones]))
    await replaceInEmails(tx, tenantId, { value });
  // In the emails addressed to them, the greeting uses the first name alone.
  for (const value of forms([person.firstName])) await replaceInEmails(tx, tenantId, { value, onlyTo: emails });
  await tx.outboundEmail.updateMany({ where: { tenantId, to: { in: emails } }, data: { to: person.anonymisedEmail } });

  for (const value of forms([person.fullName, ...emails, ...person.phones])) {
    await tx.$executeRaw`
      UPDATE "AuditLog" SET "details" = '{"redacted": true}'::jsonb
      WHERE "tenantId" = ${tenantId} AND strpos("details"::text, ${value}) > 0`;
  }
  await tx.invitation.updateMany({
    where: { tenantId, email: { in: emails } },
    data: { email: person.anonymisedEmail, revokedAt: new Date() },
  });
}
