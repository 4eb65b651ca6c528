import "server-only";

import { db } from "@/lib/db";
import { yearInTimeZone } from "@/lib/i18n/format";
import { countMembersByRole } from "@/lib/members/queries";
import { OPEN_STAGES } from "@/lib/requests/stages";

/** The figures on the staff home page, each scoped to one tenant and counted in the database. */
export async function dashboardCounts(tenant: { id: string; timeZone: string }, now = new Date()) {
  const year = yearInTimeZone(now, tenant.timeZone);
  const [byRole, openRequests, duesPaid, upcomingEvents] = await Promise.all([
    countMembersByRole(tenant.id),
    db.installationRequest.count({
      where: { tenantId: tenant.id, anonymisedAt: null, stage: { in: [...OPEN_STAGES] } },
    }),
    db.duesPayment.count({ where: { tenantId: tenant.id, year, membership: { status: "ACTIVE" } } }),
    db.event.count({ where: { tenantId: tenant.id, status: "PUBLISHED", startsAt: { gt: now } } }),
  ]);
  return { year, byRole, openRequests, duesPaid, upcomingEvents };
}
