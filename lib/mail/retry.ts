import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";

import { TENANT_EMAIL_MAX_ATTEMPTS, TENANT_EMAIL_TASK } from "./outbox";

/** Gives a failed email a new series of attempts (e.g. after the mail server was fixed). */
export async function retryTenantEmail(tenantId: string, emailId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.outboundEmail.updateMany({
      where: { id: emailId, tenantId, status: "FAILED" },
      data: { status: "PENDING" },
    });
    if (updated.count === 0) throw new ActionError("errors.notFound");
    await tx.$executeRaw`SELECT graphile_worker.add_job(${TENANT_EMAIL_TASK}, json_build_object('outboundEmailId', ${emailId}::text), max_attempts => ${TENANT_EMAIL_MAX_ATTEMPTS}::int)`;
  });
}
