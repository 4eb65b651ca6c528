import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventKind } from "@/lib/generated/prisma/enums";

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

/** Upcoming events per page of the member's portal: 10 forms of registration, not 50 (issue 11: HTML size). */
export const PORTAL_EVENTS_PAGE_SIZE = 10;

type PortalEventRow = {
  total: number;
  id: string | null;
  title: string;
  description: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number;
  maxCompanions: number;
  priceMemberCents: number;
  priceCompanionCents: number;
  registrationDeadline: Date;
  confirmedSeats: number;
};

type MyRegistrationRow = {
  eventId: string;
  title: string;
  startsAt: Date;
  status: "CONFIRMED" | "WAITLISTED";
  companions: number;
  position: number | null;
  names: string[];
  before: number;
};

/**
 * A page of the upcoming published events (by start), with the seats left, and ALL the member's upcoming
 * registrations with the page their event is on ("Mes inscriptions" links there): two statements, whatever
 * the page. Past the last page: no events, the total and the registrations still there.
 */
export async function listPortalEvents(
  tenantId: string,
  { membershipId, page }: { membershipId: string; page: number },
) {
  const now = new Date();
  const upcoming = Prisma.sql`e."tenantId" = ${tenantId} AND e."status" = 'PUBLISHED' AND e."endsAt" > ${now}`;
  const [rows, mine] = await Promise.all([
    db.$queryRaw<PortalEventRow[]>`
      WITH meta AS (SELECT count(*)::int AS total FROM "Event" e WHERE ${upcoming}),
      page AS (
        SELECT e."id", e."title", e."description", e."kind"::text, e."startsAt", e."endsAt", e."place", e."capacity",
          e."maxCompanions", e."priceMemberCents", e."priceCompanionCents", e."registrationDeadline",
          (SELECT coalesce(sum(r."seats"), 0)::int FROM "EventRegistration" r
            WHERE r."tenantId" = ${tenantId} AND r."eventId" = e."id" AND r."status" = 'CONFIRMED') AS "confirmedSeats"
        FROM "Event" e WHERE ${upcoming}
        ORDER BY e."startsAt", e."id"
        LIMIT ${PORTAL_EVENTS_PAGE_SIZE} OFFSET ${(page - 1) * PORTAL_EVENTS_PAGE_SIZE}
      )
      SELECT meta.total, p.* FROM meta LEFT JOIN page p ON true ORDER BY p."startsAt", p."id"`,
    db.$queryRaw<MyRegistrationRow[]>`
      SELECT r."eventId", e."title", e."startsAt", r."status"::text, r."companions", r."position",
        coalesce((SELECT json_agg(h."firstName" ORDER BY h."createdAt", h."id")
          FROM "EventCompanion" c JOIN "HouseholdMember" h ON h."id" = c."householdMemberId"
          WHERE c."tenantId" = ${tenantId} AND c."registrationId" = r."id"), '[]'::json) AS names,
        (SELECT count(*)::int FROM "Event" o
          WHERE o."tenantId" = ${tenantId} AND o."status" = 'PUBLISHED' AND o."endsAt" > ${now}
            AND (o."startsAt", o."id") < (e."startsAt", e."id")) AS "before"
      FROM "EventRegistration" r JOIN "Event" e ON e."id" = r."eventId"
      WHERE r."tenantId" = ${tenantId} AND r."membershipId" = ${membershipId}
        AND r."status" IN ('CONFIRMED', 'WAITLISTED') AND ${upcoming}
      ORDER BY e."startsAt", e."id"`,
  ]);
  const total = rows[0]?.total ?? 0;
  const registrations = mine.map(({ before, ...r }) => ({
    ...r,
    page: Math.floor(before / PORTAL_EVENTS_PAGE_SIZE) + 1,
  }));
  const events = rows
    .filter((e): e is PortalEventRow & { id: string } => e.id !== null)
    .map(({ total: _total, confirmedSeats, ...e }) => ({
      ...e,
      mine: registrations.find((r) => r.eventId === e.id) ?? null,
      seatsLeft: Math.max(0, e.capacity - confirmedSeats),
      open: e.registrationDeadline.getTime() >= now.getTime(),
    }));
  return { events, total, registrations, pageCount: Math.max(1, Math.ceil(total / PORTAL_EVENTS_PAGE_SIZE)) };
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
