import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ActionError } from "@/lib/forms/result";
import { formatDateTime } from "@/lib/i18n/format";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { registrationEmail } from "@/lib/mail/templates/events";
import { recordRequestEvent } from "@/lib/requests/timeline";

import { registrantContact, registrantContactSelect } from "./registrant";

/** A member (from the portal) or a newcomer invited by the staff from their installation request. */
/** `locale`: the language of their emails (French when unknown). */
export type Registrant = { tenantId: string; email: string; locale?: string } & (
  { membershipId: string } | { requestId: string }
);
export type MemberRegistrant = { tenantId: string; email: string; membershipId: string };
/** Either a number of companions, or for members the household members who come along. */
export type Companions = number | string[];
type LockedEvent = {
  id: string;
  tenantId: string;
  title: string;
  place: string;
  startsAt: Date;
  capacity: number;
  maxCompanions: number;
  priceMemberCents: number;
  priceCompanionCents: number;
  registrationDeadline: Date;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  audience: "MEMBERS" | "MEMBERS_AND_NEWCOMERS";
};
// Many people may take the last seats at once: they queue on the event's row lock, so allow for the wait.
const LOCK_WAIT = { maxWait: 20_000, timeout: 20_000 };

type Context = { tenant: { id: string; slug: string; name: string; timeZone: string } };

/**
 * The event row is locked for the whole transaction: registrations and cancellations of one event are
 * serialised, so the seats counted are the seats taken, and capacity is never exceeded.
 */
async function lockEvent(tx: Tx, tenantId: string, eventId: string): Promise<LockedEvent> {
  const [event] = await tx.$queryRaw<LockedEvent[]>`
    SELECT "id", "tenantId", "title", "place", "startsAt", "capacity", "maxCompanions", "priceMemberCents",
      "priceCompanionCents", "registrationDeadline",
      "status"::text AS "status", "audience"::text AS "audience"
    FROM "Event" WHERE "id" = ${eventId} AND "tenantId" = ${tenantId} FOR UPDATE`;
  if (!event) throw new ActionError("errors.notFound");
  return event;
}

async function seatsTaken(tx: Tx, eventId: string): Promise<number> {
  const sum = await tx.eventRegistration.aggregate({ where: { eventId, status: "CONFIRMED" }, _sum: { seats: true } });
  return sum._sum.seats ?? 0;
}

function partyOf(who: Party) {
  return "membershipId" in who ? { membershipId: who.membershipId } : { requestId: who.requestId };
}

/** Household members must be the registrant's own: an id from another household is refused. */
async function householdCompanions(
  tx: Tx,
  { tenantId, who, companions }: { tenantId: string; who: Registrant; companions: Companions },
): Promise<string[]> {
  if (typeof companions === "number") return [];
  if (!("membershipId" in who)) throw new ActionError("events.errors.companionUnknown", "companionIds");
  const ids = [...new Set(companions)];
  const found = await tx.householdMember.count({
    where: { id: { in: ids }, tenantId, membershipId: who.membershipId },
  });
  if (found !== ids.length) throw new ActionError("events.errors.companionUnknown", "companionIds");
  return ids;
}

type Notice = {
  event: LockedEvent;
  to: string;
  locale?: string;
  kind: "confirmed" | "waitlisted" | "promoted";
  seats: number;
  newcomer: boolean;
};

async function notify(tx: Tx, ctx: Context, { event, to, locale, kind, seats, newcomer }: Notice) {
  await queueTenantEmail(tx, {
    tenantId: ctx.tenant.id,
    kind: `event.${kind}`,
    to,
    ...registrationEmail({
      kind,
      locale,
      tenantName: ctx.tenant.name,
      timeZone: ctx.tenant.timeZone,
      title: event.title,
      startsAt: event.startsAt,
      place: event.place,
      seats,
      price: { memberCents: event.priceMemberCents, companionCents: event.priceCompanionCents },
      url: newcomer ? null : new URL(`/${ctx.tenant.slug}/portal/events`, getEnv().APP_URL).toString(),
    }),
  });
}

type Result = { id: string; status: "CONFIRMED" | "WAITLISTED" | "CANCELLED" };
/** Runs in the same transaction, e.g. to put the registration on a request's timeline. */
type Then = (tx: Tx, result: Result) => Promise<void>;
/** `now` is injectable for tests; `then` runs in the same transaction. */
type Options = { now?: Date; then?: Then };
type Party = { membershipId: string } | { requestId: string };

export async function registerForEvent(
  ctx: Context,
  { who, eventId, companions }: { who: Registrant; eventId: string; companions: Companions },
  { now = new Date(), then }: Options = {},
) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, ctx.tenant.id, eventId);
    if (event.status === "CANCELLED") throw new ActionError("events.errors.cancelled");
    if (event.status !== "PUBLISHED") throw new ActionError("errors.notFound");
    const newcomer = "requestId" in who;
    if (newcomer && event.audience !== "MEMBERS_AND_NEWCOMERS") throw new ActionError("events.errors.membersOnly");
    if (now > event.registrationDeadline) throw new ActionError("events.errors.deadlinePassed");
    const count = typeof companions === "number" ? companions : new Set(companions).size;
    const field = typeof companions === "number" ? "companions" : "companionIds";
    if (count < 0 || count > event.maxCompanions) throw new ActionError("events.errors.tooManyCompanions", field);
    const householdIds = await householdCompanions(tx, { tenantId: ctx.tenant.id, who, companions });
    const seats = 1 + count;
    if (seats > event.capacity) throw new ActionError("events.errors.groupTooLarge", field);
    const party = partyOf(who);
    const existing = await tx.eventRegistration.findFirst({ where: { eventId, ...party } });
    if (existing && existing.status !== "CANCELLED") throw new ActionError("events.errors.alreadyRegistered");
    if (await registeredUnderOtherIdentity(tx, eventId, who)) throw new ActionError("events.errors.alreadyRegistered");

    const fits = (await seatsTaken(tx, eventId)) + seats <= event.capacity;
    const position = fits
      ? null
      : ((await tx.eventRegistration.aggregate({ where: { eventId }, _max: { position: true } }))._max.position ?? 0) +
        1;
    const data = {
      companions: count,
      seats,
      status: fits ? ("CONFIRMED" as const) : ("WAITLISTED" as const),
      position,
      checkedInAt: null,
    };
    const registration = existing
      ? await tx.eventRegistration.update({ where: { id: existing.id }, data })
      : await tx.eventRegistration.create({ data: { ...data, tenantId: ctx.tenant.id, eventId, ...party } });
    await tx.eventCompanion.deleteMany({ where: { registrationId: registration.id, tenantId: ctx.tenant.id } });
    if (householdIds.length > 0) {
      await tx.eventCompanion.createMany({
        data: householdIds.map((householdMemberId) => ({
          tenantId: ctx.tenant.id,
          registrationId: registration.id,
          householdMemberId,
        })),
      });
    }
    await notify(tx, ctx, {
      event,
      to: who.email,
      locale: who.locale,
      kind: fits ? "confirmed" : "waitlisted",
      seats,
      newcomer,
    });
    await then?.(tx, registration);
    return { id: registration.id, status: registration.status, position };
  }, LOCK_WAIT);
}

/**
 * One person, one seat: a member who came from an installation request is the same person as that
 * newcomer. The database refuses it too (trigger "EventRegistration_one_person"); this gives the message.
 */
async function registeredUnderOtherIdentity(tx: Tx, eventId: string, who: Registrant): Promise<boolean> {
  const active = { tenantId: who.tenantId, eventId, status: { in: ["CONFIRMED" as const, "WAITLISTED" as const] } };
  if ("membershipId" in who) {
    const membership = await tx.membership.findFirst({
      where: { id: who.membershipId, tenantId: who.tenantId },
      select: { requestId: true },
    });
    if (!membership?.requestId) return false;
    return (await tx.eventRegistration.count({ where: { ...active, requestId: membership.requestId } })) > 0;
  }
  return (await tx.eventRegistration.count({ where: { ...active, membership: { requestId: who.requestId } } })) > 0;
}

/**
 * Frees the seats and, before the deadline, promotes the waitlist in order. A group is promoted whole or
 * not at all: when it does not fit, the next group that fits goes first and the skipped one keeps its place.
 */
export async function cancelRegistration(
  ctx: Context,
  { who, eventId }: { who: Party; eventId: string },
  options: Options = {},
) {
  return db.$transaction((tx) => cancelInTransaction(tx, ctx, { who, eventId, ...options }), LOCK_WAIT);
}

async function cancelInTransaction(
  tx: Tx,
  ctx: Context,
  { who, eventId, now = new Date(), then }: { who: Party; eventId: string } & Options,
) {
  const event = await lockEvent(tx, ctx.tenant.id, eventId);
  const registration = await tx.eventRegistration.findFirst({
    where: { eventId, tenantId: ctx.tenant.id, ...partyOf(who), status: { in: ["CONFIRMED", "WAITLISTED"] } },
  });
  if (!registration) throw new ActionError("errors.notFound");
  await tx.eventRegistration.update({
    where: { id: registration.id },
    data: { status: "CANCELLED", position: null },
  });
  if (registration.status === "CONFIRMED" && now <= event.registrationDeadline && event.status === "PUBLISHED") {
    await promoteWaitlist(tx, ctx, event);
  }
  await then?.(tx, registration);
  return { id: registration.id, status: registration.status };
}

/**
 * A closed request keeps no seat: its upcoming registrations are cancelled in the caller's transaction
 * (the waitlist moves up) and the newcomer's timeline says so.
 */
export async function releaseNewcomerSeats(
  tx: Tx,
  ctx: Context,
  { requestId, now = new Date() }: { requestId: string; now?: Date },
) {
  const active = await tx.eventRegistration.findMany({
    where: { tenantId: ctx.tenant.id, requestId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    orderBy: { eventId: "asc" },
    select: { event: { select: { id: true, title: true, startsAt: true, endsAt: true } } },
  });
  for (const { event } of active) {
    if (event.endsAt <= now) continue; // a past event's seat is history, not a place to give back
    await cancelInTransaction(tx, ctx, { who: { requestId }, eventId: event.id, now });
    await recordRequestEvent(tx, {
      tenantId: ctx.tenant.id,
      requestId,
      actorId: null,
      actorLabel: ctx.tenant.name,
      type: "event.unregistered",
      data: { eventId: event.id, title: event.title, when: formatDateTime(event.startsAt, ctx.tenant.timeZone) },
      public: true,
      audit: false,
    });
  }
}

async function promoteWaitlist(tx: Tx, ctx: Context, event: LockedEvent) {
  let free = event.capacity - (await seatsTaken(tx, event.id));
  const waiting = await tx.eventRegistration.findMany({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: { position: "asc" },
    select: { id: true, seats: true, requestId: true, ...registrantContactSelect },
  });
  for (const group of waiting) {
    if (free <= 0) break;
    if (group.seats > free) continue;
    await tx.eventRegistration.update({ where: { id: group.id }, data: { status: "CONFIRMED", position: null } });
    free -= group.seats;
    await notify(tx, ctx, {
      event,
      to: registrantContact(group).email,
      locale: registrantContact(group).locale,
      kind: "promoted",
      seats: group.seats,
      newcomer: group.requestId !== null,
    });
    if (group.requestId) {
      await recordRequestEvent(tx, {
        tenantId: ctx.tenant.id,
        requestId: group.requestId,
        actorId: null,
        actorLabel: ctx.tenant.name,
        type: "event.promoted",
        data: { eventId: event.id, title: event.title, when: formatDateTime(event.startsAt, ctx.tenant.timeZone) },
        public: true,
        audit: false,
      });
    }
  }
}

type EventChanges = {
  title: string;
  description: string;
  kind: "OUTING" | "SOIREE_SOIGNANTS" | "TRAINING" | "OTHER";
  place: string;
  audience: "MEMBERS" | "MEMBERS_AND_NEWCOMERS";
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date;
  capacity: number;
  maxCompanions: number;
  priceMemberCents: number;
  priceCompanionCents: number;
  publish: boolean;
};

/**
 * Staff edit an event under its row lock: capacity cannot drop below the seats already confirmed, and
 * added seats go to the waitlist in order. `onPublished` runs when a draft is published.
 */
export async function updateEventDetails(
  ctx: Context & { user: { id: string } },
  { eventId, changes }: { eventId: string; changes: EventChanges },
  { onPublished, now = new Date() }: { onPublished?: (tx: Tx) => Promise<void>; now?: Date } = {},
) {
  return db.$transaction(
    async (tx) => {
      const event = await lockEvent(tx, ctx.tenant.id, eventId);
      if (event.status === "CANCELLED") throw new ActionError("events.errors.cancelled");
      if (changes.capacity < (await seatsTaken(tx, event.id)))
        throw new ActionError("events.errors.capacityBelowTaken", "capacity");
      const { publish, ...data } = changes;
      const publishing = event.status === "DRAFT" && publish;
      await tx.event.update({
        where: { id: event.id, tenantId: ctx.tenant.id },
        data: { ...data, ...(publishing ? { status: "PUBLISHED" } : {}) },
      });
      await recordAudit(tx, {
        tenantId: ctx.tenant.id,
        actorId: ctx.user.id,
        action: publishing ? "event.published" : "event.updated",
        targetType: "Event",
        targetId: event.id,
        details: { title: changes.title },
      });
      const status = publishing ? "PUBLISHED" : event.status;
      if (status === "PUBLISHED" && changes.capacity > event.capacity && now <= changes.registrationDeadline) {
        await promoteWaitlist(tx, ctx, { ...event, ...data, status });
      }
      if (publishing) await onPublished?.(tx);
    },
    { ...LOCK_WAIT, timeout: 60_000 },
  );
}
