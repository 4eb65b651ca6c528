import { db, type Tx } from "@/lib/db";

import { sendMail, type OutgoingMail } from "./send";

export const TENANT_EMAIL_TASK = "send-tenant-email";
export const PLATFORM_EMAIL_TASK = "send-platform-email";
export const TENANT_EMAIL_MAX_ATTEMPTS = 10;
// Sign-in links expire after 10 minutes: graphile-worker's backoff (e^attempt seconds) covers that in 5 tries.
export const PLATFORM_EMAIL_MAX_ATTEMPTS = 5;

/**
 * Transactional outbox: the email row and its job are written in the caller's transaction, together with
 * the business change. If the transaction rolls back, no email; if it commits, the email will be sent.
 */
export async function queueTenantEmail(
  tx: Tx,
  mail: OutgoingMail & { tenantId: string; kind: string; unsubscribeUrl?: string },
): Promise<{ id: string }> {
  const row = await tx.outboundEmail.create({
    data: {
      tenantId: mail.tenantId,
      kind: mail.kind,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      unsubscribeUrl: mail.unsubscribeUrl ?? null,
    },
    select: { id: true },
  });
  await tx.$executeRaw`SELECT graphile_worker.add_job(${TENANT_EMAIL_TASK}, json_build_object('outboundEmailId', ${row.id}::text), max_attempts => ${TENANT_EMAIL_MAX_ATTEMPTS}::int)`;
  return row;
}

/**
 * Mail with no tenant (sign-in links): someone is waiting, so it leaves at once; if the server does not
 * answer, a job retries it. Never throws because of SMTP; throws only if the retry cannot be recorded.
 */
export async function sendPlatformEmailNow(mail: OutgoingMail): Promise<{ delivered: boolean }> {
  try {
    await sendMail(mail);
    return { delivered: true };
  } catch (error) {
    console.warn(`Envoi immédiat impossible, nouvel essai programmé : ${(error as Error).message}`);
    const payload = JSON.stringify(mail);
    await db.$executeRaw`SELECT graphile_worker.add_job(${PLATFORM_EMAIL_TASK}, ${payload}::json, max_attempts => ${PLATFORM_EMAIL_MAX_ATTEMPTS}::int)`;
    return { delivered: false };
  }
}
