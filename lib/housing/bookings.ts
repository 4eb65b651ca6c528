import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import type { HousingAudience, HousingBookingStatus } from "@/lib/generated/prisma/enums";
import { calendarDay } from "@/lib/i18n/format";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { housingAskStaffEmail, housingEmail } from "@/lib/mail/templates/housing";
import { isOpen } from "@/lib/requests/stages";
import { recordRequestEvent } from "@/lib/requests/timeline";

import { EXPIRE_HOUSING_OPTIONS_TASK } from "./expiry";
import { newcomerRequestsUrl, portalHousingUrl, staffHousingAsksUrl } from "./links";
import { nightsBetween } from "./nights";
import { refusingOverlap } from "./overlap";
import { MAX_NIGHTS } from "./schemas";

export type HousingActor = {
  tenant: { id: string; slug: string; name: string; timeZone: string };
  user: { id: string; name: string | null; email: string };
};
type Stay = { arrival: string; departure: string };

const label = (actor: HousingActor) => actor.user.name ?? actor.user.email;
/**
 * Many people may book the same nights at once: all but one wait on the exclusion constraint, then fail.
 * Allow for the queue (pool and lock) so the losers get the clear message, never a timeout.
 */
export const BOOKING_WAIT = { maxWait: 20_000, timeout: 20_000 };
const cents = (euros: number | null) => (euros === null ? null : Math.round(euros * 100));

/** A unit of the actor's tenant that can still be booked; another tenant's id is not found. */
async function bookableUnit(tx: Tx, tenantId: string, { unitId, ...stay }: Stay & { unitId: string }) {
  const unit = await tx.housingUnit.findFirst({
    where: { id: unitId, tenantId },
    select: {
      id: true,
      name: true,
      kind: true,
      commune: true,
      status: true,
      openToMembers: true,
      minNights: true,
      maxNights: true,
      priceNightCents: true,
    },
  });
  if (!unit) throw new ActionError("errors.notFound");
  if (unit.status !== "AVAILABLE") throw new ActionError("housing.errors.withdrawn");
  const nights = nightsBetween(stay.arrival, stay.departure);
  if (nights > MAX_NIGHTS) throw new ActionError("housing.errors.tooLong", "departure");
  if (unit.minNights !== null && nights < unit.minNights) throw new ActionError("housing.errors.tooShort", "departure");
  if (unit.maxNights !== null && nights > unit.maxNights) throw new ActionError("housing.errors.tooLong", "departure");
  return unit;
}

const days = (stay: Stay) => ({ arrival: calendarDay(stay.arrival), departure: calendarDay(stay.departure) });

/** Staff place an option on a unit for a newcomer's request; it expires unless the person accepts. */
export async function offerToRequest(
  actor: HousingActor,
  input: Stay & { requestId: string; unitId: string; price: number | null; optionDays: number; notes: string },
  now = new Date(),
) {
  const optionExpiresAt = new Date(now.getTime() + input.optionDays * 24 * 60 * 60 * 1000);
  return refusingOverlap(() =>
    db.$transaction(async (tx) => {
      const request = await tx.installationRequest.findFirst({
        where: { id: input.requestId, tenantId: actor.tenant.id, anonymisedAt: null },
        select: { id: true, stage: true, email: true, firstName: true, locale: true, reference: true },
      });
      if (!request) throw new ActionError("errors.notFound");
      if (!isOpen(request.stage)) throw new ActionError("housing.errors.requestClosed");
      const unit = await bookableUnit(tx, actor.tenant.id, input);
      const booking = await tx.housingBooking.create({
        data: {
          tenantId: actor.tenant.id,
          unitId: unit.id,
          ...days(input),
          requestId: request.id,
          audience: "NEWCOMERS",
          status: "OPTION",
          optionExpiresAt,
          priceCents: cents(input.price),
          notes: input.notes,
          createdById: actor.user.id,
        },
        select: { id: true },
      });
      // The option lapses on time even if nobody looks: a job at the expiry instant (and the hourly sweep).
      await tx.$executeRaw`SELECT graphile_worker.add_job(${EXPIRE_HOUSING_OPTIONS_TASK}, '{}'::json, run_at => ${optionExpiresAt}::timestamptz, job_key => ${`housing-expiry:${booking.id}`})`;
      await recordRequestEvent(tx, {
        tenantId: actor.tenant.id,
        requestId: request.id,
        actorId: actor.user.id,
        actorLabel: label(actor),
        type: "housing.offered",
        data: { bookingId: booking.id, unit: unit.name, arrival: input.arrival, departure: input.departure },
        public: true,
      });
      await queueTenantEmail(tx, {
        tenantId: actor.tenant.id,
        kind: "housing.offered",
        to: request.email,
        ...housingEmail("offered", {
          locale: request.locale,
          tenantName: actor.tenant.name,
          firstName: request.firstName,
          unit: unit.commune,
          ...input,
          optionExpiresAt,
          timeZone: actor.tenant.timeZone,
          link: newcomerRequestsUrl(),
        }),
      });
      return booking;
    }, BOOKING_WAIT),
  );
}

/** Staff book nights for a named outside person: confirmed at once. */
export async function bookForGuest(
  actor: HousingActor,
  input: Stay & {
    unitId: string;
    guestName: string;
    guestContact: string;
    audience: HousingAudience;
    price: number | null;
    notes: string;
  },
) {
  return refusingOverlap(() =>
    db.$transaction(async (tx) => {
      const unit = await bookableUnit(tx, actor.tenant.id, input);
      const booking = await tx.housingBooking.create({
        data: {
          tenantId: actor.tenant.id,
          unitId: unit.id,
          ...days(input),
          guestName: input.guestName,
          guestContact: input.guestContact,
          audience: input.audience,
          status: "CONFIRMED",
          decidedAt: new Date(),
          priceCents: cents(input.price),
          notes: input.notes,
          createdById: actor.user.id,
        },
        select: { id: true },
      });
      await audit(tx, actor, {
        action: "housing.booked",
        bookingId: booking.id,
        details: { ...input, unitId: unit.id, guestContact: undefined },
      });
      return booking;
    }, BOOKING_WAIT),
  );
}

/** A member asks for dates of a unit open to members: nothing is held until staff confirm. */
export async function askAsMember(
  actor: HousingActor & { membershipId: string },
  input: Stay & { unitId: string; audience: HousingAudience; message: string },
) {
  return db.$transaction(async (tx) => {
    const unit = await bookableUnit(tx, actor.tenant.id, input);
    if (!unit.openToMembers) throw new ActionError("errors.notFound");
    const nights = nightsBetween(input.arrival, input.departure);
    const booking = await tx.housingBooking.create({
      data: {
        tenantId: actor.tenant.id,
        unitId: unit.id,
        ...days(input),
        membershipId: actor.membershipId,
        audience: input.audience,
        status: "REQUESTED",
        message: input.message,
        priceCents: unit.priceNightCents === null ? null : unit.priceNightCents * nights,
        createdById: actor.user.id,
      },
      select: { id: true },
    });
    await audit(tx, actor, { action: "housing.asked", bookingId: booking.id, details: { ...input, unitId: unit.id } });
    await tellStaffOfAsk(tx, actor, { ...input, unit: `${unit.name}, ${unit.commune}` });
    return booking;
  });
}

/** Each active staff member is emailed, in their language, in the ask's transaction (record first, send after). */
async function tellStaffOfAsk(
  tx: Tx,
  actor: HousingActor,
  ask: Stay & { unit: string; message: string },
): Promise<void> {
  const staff = await tx.membership.findMany({
    where: { tenantId: actor.tenant.id, status: "ACTIVE", role: { in: ["COORDINATOR", "STAFF"] } },
    select: { user: { select: { email: true, locale: true } } },
  });
  for (const { user } of staff) {
    await queueTenantEmail(tx, {
      tenantId: actor.tenant.id,
      kind: "housing.asked",
      to: user.email,
      ...housingAskStaffEmail({
        locale: user.locale,
        tenantName: actor.tenant.name,
        member: label(actor),
        unit: ask.unit,
        arrival: ask.arrival,
        departure: ask.departure,
        message: ask.message,
        link: staffHousingAsksUrl(actor.tenant.slug),
      }),
    });
  }
}

type LockedBooking = {
  id: string;
  status: HousingBookingStatus;
  requestId: string | null;
  membershipId: string | null;
  optionExpiresAt: Date | null;
  arrival: Date;
  departure: Date;
  priceCents: number | null;
  unitId: string;
};

/** Two people may answer the same booking at once: its row is locked for the decision. */
export async function lockBooking(tx: Tx, tenantId: string, bookingId: string): Promise<LockedBooking> {
  const [booking] = await tx.$queryRaw<LockedBooking[]>`
    SELECT "id", "status"::text AS "status", "requestId", "membershipId", "optionExpiresAt", "arrival", "departure",
      "priceCents", "unitId"
    FROM "HousingBooking" WHERE "id" = ${bookingId} AND "tenantId" = ${tenantId} FOR UPDATE`;
  if (!booking) throw new ActionError("errors.notFound");
  return booking;
}

async function unitAndPlace(tx: Tx, unitId: string) {
  return tx.housingUnit.findUniqueOrThrow({
    where: { id: unitId },
    select: { name: true, commune: true, address: true },
  });
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Staff confirm or decline a member's ask; the member is emailed either way. */
export async function decideMemberAsk(actor: HousingActor, bookingId: string, confirm: boolean) {
  return refusingOverlap(() =>
    db.$transaction(async (tx) => {
      const booking = await lockBooking(tx, actor.tenant.id, bookingId);
      if (booking.status !== "REQUESTED" || !booking.membershipId)
        throw new ActionError("housing.errors.alreadyDecided");
      await tx.housingBooking.update({
        where: { id: booking.id },
        data: { status: confirm ? "CONFIRMED" : "DECLINED", decidedAt: new Date() },
      });
      const member = await tx.membership.findUniqueOrThrow({
        where: { id: booking.membershipId },
        select: { user: { select: { email: true, name: true, locale: true } } },
      });
      const unit = await unitAndPlace(tx, booking.unitId);
      await audit(tx, actor, {
        action: confirm ? "housing.confirmed" : "housing.declined",
        bookingId: booking.id,
        details: {},
      });
      await queueTenantEmail(tx, {
        tenantId: actor.tenant.id,
        kind: confirm ? "housing.confirmed" : "housing.declined",
        to: member.user.email,
        ...housingEmail(confirm ? "confirmed" : "declined", {
          locale: member.user.locale,
          tenantName: actor.tenant.name,
          firstName: member.user.name ?? "",
          unit: `${unit.name}, ${unit.commune}`,
          address: confirm ? unit.address : undefined,
          arrival: isoDay(booking.arrival),
          departure: isoDay(booking.departure),
          link: portalHousingUrl(actor.tenant.slug),
        }),
      });
    }, BOOKING_WAIT),
  );
}

/**
 * Staff cancel an ask, an option or a confirmed booking: its nights are free again, and the newcomer or member
 * it was for is told (outside guests booked by the staff have no address here).
 */
export async function cancelBooking(actor: HousingActor, bookingId: string) {
  await db.$transaction(async (tx) => {
    const booking = await lockBooking(tx, actor.tenant.id, bookingId);
    if (!["REQUESTED", "OPTION", "CONFIRMED"].includes(booking.status))
      throw new ActionError("housing.errors.alreadyDecided");
    await tx.housingBooking.update({ where: { id: booking.id }, data: { status: "CANCELLED", decidedAt: new Date() } });
    const stay = { arrival: isoDay(booking.arrival), departure: isoDay(booking.departure) };
    if (booking.requestId) {
      await recordRequestEvent(tx, {
        tenantId: actor.tenant.id,
        requestId: booking.requestId,
        actorId: actor.user.id,
        actorLabel: label(actor),
        type: "housing.cancelled",
        data: { bookingId: booking.id, ...stay },
        public: true,
      });
    } else {
      await audit(tx, actor, { action: "housing.cancelled", bookingId: booking.id, details: {} });
    }
    const recipient = await cancellationRecipient(tx, actor, booking);
    if (!recipient) return;
    const unit = await unitAndPlace(tx, booking.unitId);
    await queueTenantEmail(tx, {
      tenantId: actor.tenant.id,
      kind: "housing.cancelled",
      to: recipient.email,
      ...housingEmail("cancelled", {
        locale: recipient.locale,
        tenantName: actor.tenant.name,
        firstName: recipient.firstName,
        // A newcomer never had the exact place (only the commune); a member saw the unit's name.
        unit: booking.requestId ? unit.commune : `${unit.name}, ${unit.commune}`,
        ...stay,
        link: recipient.link,
      }),
    });
  });
}

/** Who a cancelled booking was for, if the platform can write to them (never an anonymised request). */
async function cancellationRecipient(tx: Tx, actor: HousingActor, booking: LockedBooking) {
  if (booking.requestId) {
    const request = await tx.installationRequest.findFirst({
      where: { id: booking.requestId, tenantId: actor.tenant.id, anonymisedAt: null },
      select: { email: true, firstName: true, locale: true },
    });
    return request && { ...request, link: newcomerRequestsUrl() };
  }
  if (booking.membershipId) {
    const member = await tx.membership.findFirst({
      where: { id: booking.membershipId, tenantId: actor.tenant.id },
      select: { user: { select: { email: true, name: true, locale: true } } },
    });
    return (
      member && {
        email: member.user.email,
        firstName: member.user.name ?? "",
        locale: member.user.locale,
        link: portalHousingUrl(actor.tenant.slug),
      }
    );
  }
  return null;
}

async function audit(
  tx: Tx,
  actor: HousingActor,
  { action, bookingId, details }: { action: string; bookingId: string; details: object },
) {
  await recordAudit(tx, {
    tenantId: actor.tenant.id,
    actorId: actor.user.id,
    action,
    targetType: "HousingBooking",
    targetId: bookingId,
    details: JSON.parse(JSON.stringify(details)),
  });
}
