import "server-only";

import { db } from "@/lib/db";

export async function listStaffEvents(tenantId: string) {
  const events = await db.event.findMany({
    where: { tenantId },
    orderBy: { startsAt: "desc" },
    take: 50,
    select: { id: true, title: true, kind: true, startsAt: true, place: true, capacity: true, status: true },
  });
  const seats = await db.eventRegistration.groupBy({
    by: ["eventId", "status"],
    where: { tenantId, eventId: { in: events.map((e) => e.id) }, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    _sum: { seats: true },
    _count: { _all: true },
  });
  const group = (eventId: string, status: "CONFIRMED" | "WAITLISTED") =>
    seats.find((s) => s.eventId === eventId && s.status === status);
  return events.map((e) => ({
    ...e,
    confirmed: group(e.id, "CONFIRMED")?._sum.seats ?? 0,
    waitingSeats: group(e.id, "WAITLISTED")?._sum.seats ?? 0,
    waitingRegistrations: group(e.id, "WAITLISTED")?._count._all ?? 0,
  }));
}

/** Upcoming published events with the member's own registration and the seats left. */
export async function listPortalEvents(tenantId: string, membershipId: string) {
  const events = await db.event.findMany({
    where: { tenantId, status: "PUBLISHED", endsAt: { gt: new Date() } },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: {
      id: true,
      title: true,
      description: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      place: true,
      capacity: true,
      maxCompanions: true,
      priceMemberCents: true,
      priceCompanionCents: true,
      registrationDeadline: true,
      registrations: {
        where: { membershipId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
        select: {
          status: true,
          companions: true,
          position: true,
          household: { select: { householdMember: { select: { firstName: true } } } },
        },
      },
    },
  });
  const confirmed = await db.eventRegistration.groupBy({
    by: ["eventId"],
    where: { tenantId, eventId: { in: events.map((e) => e.id) }, status: "CONFIRMED" },
    _sum: { seats: true },
  });
  const now = Date.now();
  return events.map(({ registrations, ...e }) => ({
    ...e,
    mine: registrations[0]
      ? { ...registrations[0], names: registrations[0].household.map((h) => h.householdMember.firstName) }
      : null,
    seatsLeft: Math.max(0, e.capacity - (confirmed.find((c) => c.eventId === e.id)?._sum.seats ?? 0)),
    open: e.registrationDeadline.getTime() >= now,
  }));
}

/** An event of the tenant for its staff page (another tenant's id is simply not found). */
export async function getStaffEvent(tenantId: string, eventId: string) {
  return db.event.findFirst({ where: { id: eventId.slice(0, 40), tenantId } });
}

/** The member's membership and household (one statement), for the portal's events page. */
export async function portalMember(tenantId: string, userId: string) {
  return db.membership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    select: {
      id: true,
      calendarTokenHash: true,
      household: {
        where: { tenantId },
        orderBy: { createdAt: "asc" },
        select: { id: true, firstName: true, relation: true },
      },
    },
  });
}
