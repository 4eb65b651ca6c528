import { db, type Tx } from "@/lib/db";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { newRequestsStaffEmail } from "@/lib/mail/templates/requests";

import { staffRequestUrl, tenantAdminRequestsUrl } from "./links";

export const STAFF_NOTIFY_TASK = "notify-staff-new-requests";
/** New requests are announced to the staff together, at most once per this many seconds and tenant. */
export const STAFF_NOTIFY_DELAY_SECONDS = 5 * 60;
const LISTED_IN_EMAIL = 20;

/**
 * In the intake's transaction: make sure one notification job is due for this tenant. The job key
 * keeps a single pending job per tenant, and `preserve_run_at` keeps its time, so a flood of requests
 * yields one email per staff member every few minutes, not one per request.
 */
export async function scheduleStaffNotification(tx: Tx, tenantId: string): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${STAFF_NOTIFY_TASK},
    json_build_object('tenantId', ${tenantId}::text),
    run_at => now() + make_interval(secs => ${STAFF_NOTIFY_DELAY_SECONDS}::int),
    job_key => ${`staff-new-requests:${tenantId}`}::text,
    job_key_mode => 'preserve_run_at')`;
}

/** The job: one grouped email to each active staff member, for every request not announced yet. */
export async function notifyStaffOfNewRequests(tenantId: string, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    // Two runs for one tenant (a retry racing a new job) must not announce the same requests twice.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`staff-notify:${tenantId}`}, 0))`;
    const pending = await tx.installationRequest.findMany({
      where: { tenantId, staffNotifiedAt: null, anonymisedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, reference: true, firstName: true, lastName: true, profession: true },
    });
    if (pending.length === 0) return 0;
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true } });
    const staff = await tx.membership.findMany({
      where: { tenantId, status: "ACTIVE", role: { in: ["COORDINATOR", "STAFF"] } },
      select: { user: { select: { email: true, locale: true } } },
    });
    const requests = pending.slice(0, LISTED_IN_EMAIL).map((r) => ({
      reference: r.reference,
      applicant: `${r.firstName} ${r.lastName}`,
      profession: r.profession,
      requestUrl: staffRequestUrl(tenant.slug, r.id),
    }));
    // Each staff member reads it in their own language.
    for (const { user } of staff) {
      await queueTenantEmail(tx, {
        tenantId,
        kind: "request.new",
        to: user.email,
        ...newRequestsStaffEmail({
          locale: user.locale,
          tenantName: tenant.name,
          requests,
          total: pending.length,
          listUrl: tenantAdminRequestsUrl(tenant.slug),
        }),
      });
    }
    await tx.installationRequest.updateMany({
      where: { tenantId, id: { in: pending.map((r) => r.id) } },
      data: { staffNotifiedAt: now },
    });
    return pending.length;
  });
}
