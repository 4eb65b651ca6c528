import { db } from "@/lib/db";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { housingEmail } from "@/lib/mail/templates/housing";
import { recordRequestEvent } from "@/lib/requests/timeline";

import { newcomerRequestsUrl } from "./links";

// Job module (graphile-worker): no server-only, nothing from next/*.

export const EXPIRE_HOUSING_OPTIONS_TASK = "expire-housing-options";

/**
 * Options whose expiry has passed become EXPIRED (their nights are free again), each on the request's
 * timeline, and the newcomer is told. Rows are locked and skipped if someone is answering them right now.
 */
export async function expireHousingOptions(now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; tenantId: string; requestId: string | null }[]>`
      SELECT "id", "tenantId", "requestId" FROM "HousingBooking"
      WHERE "status" = 'OPTION' AND "optionExpiresAt" <= ${now}
      ORDER BY "optionExpiresAt" LIMIT 500 FOR UPDATE SKIP LOCKED`;
    for (const option of due) {
      const booking = await tx.housingBooking.update({
        where: { id: option.id },
        data: { status: "EXPIRED", decidedAt: now },
        select: {
          arrival: true,
          departure: true,
          unit: { select: { commune: true } },
          tenant: { select: { name: true, timeZone: true } },
          request: { select: { email: true, firstName: true, locale: true, anonymisedAt: true } },
        },
      });
      if (!option.requestId || !booking.request) continue;
      const stay = { arrival: iso(booking.arrival), departure: iso(booking.departure) };
      await recordRequestEvent(tx, {
        tenantId: option.tenantId,
        requestId: option.requestId,
        actorId: null,
        actorLabel: "Conciergerie",
        type: "housing.expired",
        data: { bookingId: option.id, ...stay },
        public: true,
      });
      if (booking.request.anonymisedAt) continue;
      await queueTenantEmail(tx, {
        tenantId: option.tenantId,
        kind: "housing.expired",
        to: booking.request.email,
        ...housingEmail("expired", {
          locale: booking.request.locale,
          tenantName: booking.tenant.name,
          firstName: booking.request.firstName,
          unit: booking.unit.commune,
          ...stay,
          link: newcomerRequestsUrl(),
        }),
      });
    }
    return due.length;
  });
}

const iso = (day: Date) => day.toISOString().slice(0, 10);
