import { db, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ActionError } from "@/lib/forms/result";
import { formatDateTime } from "@/lib/i18n/format";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { registrationEmail } from "@/lib/mail/templates/events";

export type Registrant = { tenantId: string; membershipId: string; email: string };
type LockedEvent = {
  id: string; tenantId: string; title: string; place: string; startsAt: Date; capacity: number; maxCompanions: number;
  registrationDeadline: Date; status: "DRAFT" | "PUBLISHED" | "CANCELLED";
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
    SELECT "id", "tenantId", "title", "place", "startsAt", "capacity", "maxCompanions", "registrationDeadline", "status"::text AS "status"
    FROM "Event" WHERE "id" = ${eventId} AND "tenantId" = ${tenantId} FOR UPDATE`;
  if (!event) throw new ActionError("errors.notFound");
  return event;
}

async function seatsTaken(tx: Tx, eventId: string): Promise<number> {
  const sum = await tx.eventRegistration.aggregate({ where: { eventId, status: "CONFIRMED" }, _sum: { seats: true } });
  return sum._sum.seats ?? 0;
}

async function notify(tx: Tx, ctx: Context, event: LockedEvent, to: string, kind: "confirmed" | "waitlisted" | "promoted", seats: number) {
  await queueTenantEmail(tx, {
    tenantId: ctx.tenant.id,
    kind: `event.${kind}`,
    to,
    ...registrationEmail({
      kind, tenantName: ctx.tenant.name, title: event.title, when: formatDateTime(event.startsAt, ctx.tenant.timeZone), place: event.place, seats,
      url: new URL(`/${ctx.tenant.slug}/portal/events`, getEnv().APP_URL).toString(),
    }),
  });
}

export async function registerForEvent(ctx: Context, who: Registrant, eventId: string, companions: number, now = new Date()) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, ctx.tenant.id, eventId);
    if (event.status === "CANCELLED") throw new ActionError("events.errors.cancelled");
    if (event.status !== "PUBLISHED") throw new ActionError("errors.notFound");
    if (now > event.registrationDeadline) throw new ActionError("events.errors.deadlinePassed");
    if (companions < 0 || companions > event.maxCompanions) throw new ActionError("events.errors.tooManyCompanions", "companions");
    const seats = 1 + companions;
    if (seats > event.capacity) throw new ActionError("events.errors.groupTooLarge", "companions");
    const existing = await tx.eventRegistration.findUnique({ where: { eventId_membershipId: { eventId, membershipId: who.membershipId } } });
    if (existing && existing.status !== "CANCELLED") throw new ActionError("events.errors.alreadyRegistered");

    const fits = (await seatsTaken(tx, eventId)) + seats <= event.capacity;
    const position = fits ? null : ((await tx.eventRegistration.aggregate({ where: { eventId }, _max: { position: true } }))._max.position ?? 0) + 1;
    const data = { companions, seats, status: fits ? ("CONFIRMED" as const) : ("WAITLISTED" as const), position, checkedInAt: null };
    const registration = existing
      ? await tx.eventRegistration.update({ where: { id: existing.id }, data })
      : await tx.eventRegistration.create({ data: { ...data, tenantId: ctx.tenant.id, eventId, membershipId: who.membershipId } });
    await notify(tx, ctx, event, who.email, fits ? "confirmed" : "waitlisted", seats);
    return { id: registration.id, status: registration.status, position };
  }, LOCK_WAIT);
}

/**
 * Frees the seats and, before the deadline, promotes the waitlist in order. A group is promoted whole or
 * not at all: when it does not fit, the next group that fits goes first and the skipped one keeps its place.
 */
export async function cancelRegistration(ctx: Context, who: Pick<Registrant, "membershipId">, eventId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, ctx.tenant.id, eventId);
    const registration = await tx.eventRegistration.findFirst({
      where: { eventId, tenantId: ctx.tenant.id, membershipId: who.membershipId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    });
    if (!registration) throw new ActionError("errors.notFound");
    await tx.eventRegistration.update({ where: { id: registration.id }, data: { status: "CANCELLED", position: null } });
    if (registration.status === "CONFIRMED" && now <= event.registrationDeadline && event.status === "PUBLISHED") {
      await promoteWaitlist(tx, ctx, event);
    }
  }, LOCK_WAIT);
}

async function promoteWaitlist(tx: Tx, ctx: Context, event: LockedEvent) {
  let free = event.capacity - (await seatsTaken(tx, event.id));
  const waiting = await tx.eventRegistration.findMany({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: { position: "asc" },
    select: { id: true, seats: true, membership: { select: { user: { select: { email: true } } } } },
  });
  for (const group of waiting) {
    if (free <= 0) break;
    if (group.seats > free) continue;
    await tx.eventRegistration.update({ where: { id: group.id }, data: { status: "CONFIRMED", position: null } });
    free -= group.seats;
    await notify(tx, ctx, event, group.membership.user.email, "promoted", group.seats);
  }
}
