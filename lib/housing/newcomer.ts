import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { housingEmail } from "@/lib/mail/templates/housing";
import { recordRequestEvent } from "@/lib/requests/timeline";
import { findTrackedRequest } from "@/lib/requests/tracking";

import { BOOKING_WAIT, lockBooking } from "./bookings";
import { newcomerRequestsUrl } from "./links";
import { refusingOverlap } from "./overlap";

type Tenant = { id: string; slug: string; name: string; timeZone: string };

const iso = (day: Date) => day.toISOString().slice(0, 10);

/**
 * The newcomer accepts (the option becomes a confirmed booking) or declines an option offered on their
 * request. Only the tracking token of that request can answer; a lapsed option cannot be accepted.
 */
export async function answerOfferAsNewcomer(
  tenant: Tenant,
  token: string,
  { bookingId, accept, now = new Date() }: { bookingId: string; accept: boolean; now?: Date },
) {
  const request = await findTrackedRequest(tenant.id, token);
  if (!request) throw new ActionError("errors.notFound");
  const applicant = `${request.firstName} ${request.lastName}`;
  await refusingOverlap(() =>
    db.$transaction(async (tx) => {
      const booking = await lockBooking(tx, tenant.id, bookingId);
      if (booking.requestId !== request.id) throw new ActionError("errors.notFound");
      if (booking.status !== "OPTION") throw new ActionError("housing.errors.alreadyDecided");
      if (booking.optionExpiresAt && booking.optionExpiresAt <= now) throw new ActionError("housing.errors.expired");
      await tx.housingBooking.update({
        where: { id: booking.id },
        data: { status: accept ? "CONFIRMED" : "DECLINED", decidedAt: now, optionExpiresAt: null },
      });
      const stay = { arrival: iso(booking.arrival), departure: iso(booking.departure) };
      await recordRequestEvent(tx, {
        tenantId: tenant.id,
        requestId: request.id,
        actorId: null,
        actorLabel: applicant,
        type: accept ? "housing.accepted" : "housing.declined",
        data: { bookingId: booking.id, ...stay },
        public: true,
      });
      if (!accept) return;
      const unit = await tx.housingUnit.findUniqueOrThrow({
        where: { id: booking.unitId },
        select: { name: true, commune: true, address: true },
      });
      const contact = await tx.installationRequest.findUniqueOrThrow({
        where: { id: request.id },
        select: { locale: true },
      });
      await queueTenantEmail(tx, {
        tenantId: tenant.id,
        kind: "housing.confirmed",
        to: request.email,
        ...housingEmail("confirmed", {
          locale: contact.locale,
          tenantName: tenant.name,
          firstName: request.firstName,
          unit: `${unit.name}, ${unit.commune}`,
          address: unit.address,
          ...stay,
          link: newcomerRequestsUrl(),
        }),
      });
    }, BOOKING_WAIT),
  );
}
