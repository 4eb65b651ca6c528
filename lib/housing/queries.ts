import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HousingAudience, HousingBookingStatus, HousingKind, NeedType } from "@/lib/generated/prisma/enums";
import { calendarDay, isoCalendarDay } from "@/lib/i18n/format";
import { likeContains } from "@/lib/network/search-text";

import { nightsBetween } from "./nights";

export const UNITS_PAGE_SIZE = 25;
const HELD: HousingBookingStatus[] = ["OPTION", "CONFIRMED"];
const iso = isoCalendarDay;

/** Bookings of [from, to) overlap a stay when they start before it ends and end after it starts. */
const overlapping = (from: string, to: string) => ({
  arrival: { lt: calendarDay(to) },
  departure: { gt: calendarDay(from) },
});

const guestSelect = {
  id: true,
  arrival: true,
  departure: true,
  status: true,
  audience: true,
  priceCents: true,
  optionExpiresAt: true,
  guestName: true,
  guestContact: true,
  message: true,
  notes: true,
  request: { select: { id: true, reference: true, firstName: true, lastName: true } },
  membership: { select: { id: true, user: { select: { name: true, email: true } } } },
} as const;

type GuestRow = {
  guestName: string;
  request: { firstName: string; lastName: string; reference: string } | null;
  membership: { user: { name: string | null; email: string } } | null;
};

/** Who a booking is for, in a few words (staff pages only: names are personal data). */
export function guestLabel(b: GuestRow): string {
  if (b.request) return `${b.request.firstName} ${b.request.lastName} (${b.request.reference})`;
  if (b.membership) return b.membership.user.name ?? b.membership.user.email;
  return b.guestName;
}

export async function listUnits(tenantId: string, page: number) {
  const [total, rows] = await Promise.all([
    db.housingUnit.count({ where: { tenantId } }),
    db.housingUnit.findMany({
      where: { tenantId },
      orderBy: [{ status: "asc" }, { commune: "asc" }, { name: "asc" }],
      skip: (page - 1) * UNITS_PAGE_SIZE,
      take: UNITS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        kind: true,
        commune: true,
        beds: true,
        status: true,
        audiences: true,
        openToMembers: true,
      },
    }),
  ]);
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / UNITS_PAGE_SIZE)) };
}

export async function findUnitForStaff(tenantId: string, unitId: string) {
  return db.housingUnit.findFirst({
    where: { id: unitId, tenantId },
    include: { photos: { orderBy: { position: "asc" }, select: { id: true, width: true, height: true } } },
  });
}

/** The bookings of a unit shown on its month calendar and list (asks, options and confirmed ones). */
export async function unitBookings(tenantId: string, unitId: string, { from, to }: { from: string; to: string }) {
  const rows = await db.housingBooking.findMany({
    where: { tenantId, unitId, status: { in: ["REQUESTED", ...HELD] }, ...overlapping(from, to) },
    orderBy: { arrival: "asc" },
    take: 200,
    select: guestSelect,
  });
  return rows.map((b) => ({ ...b, arrival: iso(b.arrival), departure: iso(b.departure), who: guestLabel(b) }));
}

/** Members' asks waiting for a decision, oldest first. */
export async function pendingAsks(tenantId: string) {
  const rows = await db.housingBooking.findMany({
    where: { tenantId, status: "REQUESTED" },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: { ...guestSelect, unit: { select: { id: true, name: true, commune: true } } },
  });
  return rows.map((b) => ({ ...b, arrival: iso(b.arrival), departure: iso(b.departure), who: guestLabel(b) }));
}

/** The whole stock over a month: each available unit with the nights held in it. */
export async function occupancy(tenantId: string, { from, to, page }: { from: string; to: string; page: number }) {
  const where = { tenantId, status: "AVAILABLE" as const };
  const [total, units] = await Promise.all([
    db.housingUnit.count({ where }),
    db.housingUnit.findMany({
      where,
      orderBy: [{ commune: "asc" }, { name: "asc" }],
      skip: (page - 1) * UNITS_PAGE_SIZE,
      take: UNITS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        commune: true,
        kind: true,
        bookings: {
          where: { status: { in: HELD }, ...overlapping(from, to) },
          orderBy: { arrival: "asc" },
          select: { id: true, arrival: true, departure: true, status: true, audience: true },
        },
      },
    }),
  ]);
  return {
    pageCount: Math.max(1, Math.ceil(total / UNITS_PAGE_SIZE)),
    units: units.map((u) => ({
      ...u,
      bookings: u.bookings.map((b) => ({ ...b, arrival: iso(b.arrival), departure: iso(b.departure) })),
    })),
  };
}

type FreeUnitRow = {
  id: string;
  name: string;
  kind: HousingKind;
  commune: string;
  area: string;
  beds: number;
  rooms: number;
  furnished: boolean;
  accessible: boolean;
  priceNightCents: number | null;
  rentMonthCents: number | null;
  minNights: number | null;
  maxNights: number | null;
  audiences: HousingAudience[];
};

export type HousingSearch = {
  arrival: string;
  departure: string;
  beds: number;
  commune?: string;
  audience?: HousingAudience;
};

/**
 * Units free for every night of the stay, with enough beds, for that kind of person, in the commune or
 * near it (a unit of the same area as a unit in that commune), within their minimum and maximum stay.
 */
export async function searchFreeUnits(tenantId: string, s: HousingSearch) {
  const commune = s.commune?.trim();
  // One statement (issue 11): the units of the same area as the commune's are found by a subquery.
  const near = commune
    ? Prisma.sql`AND (u."commune" ILIKE ${likeContains(commune)} OR u."area" IN (
        SELECT a."area" FROM "HousingUnit" a
        WHERE a."tenantId" = ${tenantId} AND lower(a."commune") = lower(${commune}) AND a."area" <> ''))`
    : Prisma.empty;
  const audience = s.audience ? Prisma.sql`AND ${s.audience}::"HousingAudience" = ANY(u."audiences")` : Prisma.empty;
  const units = await db.$queryRaw<FreeUnitRow[]>`
    SELECT u."id", u."name", u."kind"::text AS "kind", u."commune", u."area", u."beds", u."rooms", u."furnished",
      u."accessible", u."priceNightCents", u."rentMonthCents", u."minNights", u."maxNights",
      u."audiences"::text[] AS "audiences"
    FROM "HousingUnit" u
    WHERE u."tenantId" = ${tenantId} AND u."status" = 'AVAILABLE' AND u."beds" >= ${s.beds} ${audience} ${near}
      AND NOT EXISTS (SELECT 1 FROM "HousingBooking" b
        WHERE b."tenantId" = ${tenantId} AND b."unitId" = u."id" AND b."status" IN ('OPTION', 'CONFIRMED')
          AND b."arrival" < ${s.departure}::date AND b."departure" > ${s.arrival}::date)
    ORDER BY u."commune" ASC, u."beds" ASC
    LIMIT 100`;
  const nights = nightsBetween(s.arrival, s.departure);
  const fits = units.filter(
    (u) => (u.minNights === null || nights >= u.minNights) && (u.maxNights === null || nights <= u.maxNights),
  );
  const inCommune = (u: { commune: string }) =>
    !!commune && u.commune.toLocaleLowerCase("fr").includes(commune.toLocaleLowerCase("fr"));
  return fits
    .map((u) => ({ ...u, near: !!commune && !inCommune(u), nights }))
    .sort((a, b) => Number(a.near) - Number(b.near));
}

/** Lodging offered on a request, for the staff's request page (also loaded with the request: lib/requests/queries.ts). */
export const requestBookingsQuery = (tenantId: string) =>
  ({
    where: { tenantId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      arrival: true,
      departure: true,
      status: true,
      priceCents: true,
      optionExpiresAt: true,
      unit: { select: { id: true, name: true, commune: true } },
    },
  }) satisfies Prisma.InstallationRequest$housingBookingsArgs;

export function requestBookingRows<B extends { arrival: Date; departure: Date }>(rows: B[]) {
  return rows.map((b) => ({ ...b, arrival: iso(b.arrival), departure: iso(b.departure) }));
}

/**
 * What the newcomer sees of the lodging offered to them: commune, kind, dates and price; the exact
 * address only once the booking is confirmed. Never the staff's notes nor the owner. The query is also
 * loaded with the tracking page's request (lib/requests/tracking.ts); `newcomerBookingRows` hides the address.
 */
export const newcomerBookingsQuery = (tenantId: string) =>
  ({
    where: { tenantId, status: { in: ["OPTION", "CONFIRMED", "DECLINED", "EXPIRED", "CANCELLED"] } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      arrival: true,
      departure: true,
      status: true,
      priceCents: true,
      optionExpiresAt: true,
      unit: {
        select: {
          commune: true,
          kind: true,
          rooms: true,
          beds: true,
          furnished: true,
          description: true,
          houseRules: true,
          address: true,
          photos: { orderBy: { position: "asc" }, take: 6, select: { id: true } },
        },
      },
    },
  }) satisfies Prisma.InstallationRequest$housingBookingsArgs;

type NewcomerBookingRow = Prisma.HousingBookingGetPayload<Omit<ReturnType<typeof newcomerBookingsQuery>, "where">>;

export function newcomerBookingRows(rows: NewcomerBookingRow[]) {
  return rows.map(({ unit: { address, ...unit }, ...b }) => ({
    ...b,
    arrival: iso(b.arrival),
    departure: iso(b.departure),
    unit: { ...unit, address: b.status === "CONFIRMED" ? address : null },
  }));
}

export async function newcomerBookings(tenantId: string, requestId: string) {
  const query = newcomerBookingsQuery(tenantId);
  return newcomerBookingRows(await db.housingBooking.findMany({ ...query, where: { ...query.where, requestId } }));
}

/** Units open to members, with the nights already held over the next months (to show free dates). */
export async function unitsForMembers(tenantId: string, from: string, to: string) {
  const units = await db.housingUnit.findMany({
    where: { tenantId, status: "AVAILABLE", openToMembers: true },
    orderBy: [{ commune: "asc" }, { name: "asc" }],
    take: 100,
    select: {
      id: true,
      name: true,
      kind: true,
      commune: true,
      description: true,
      rooms: true,
      beds: true,
      furnished: true,
      accessible: true,
      accessibilityNotes: true,
      priceNightCents: true,
      rentMonthCents: true,
      depositCents: true,
      minNights: true,
      maxNights: true,
      houseRules: true,
      audiences: true,
      photos: { orderBy: { position: "asc" }, take: 4, select: { id: true } },
      bookings: {
        where: { status: { in: HELD }, ...overlapping(from, to) },
        select: { arrival: true, departure: true },
      },
    },
  });
  return units.map((u) => ({
    ...u,
    bookings: u.bookings.map((b) => ({ arrival: iso(b.arrival), departure: iso(b.departure) })),
  }));
}

/** A member's own asks and bookings: never anyone else's. */
export async function memberBookings(tenantId: string, membershipId: string) {
  const rows = await db.housingBooking.findMany({
    where: { tenantId, membershipId },
    orderBy: { arrival: "desc" },
    take: 50,
    select: {
      id: true,
      arrival: true,
      departure: true,
      status: true,
      priceCents: true,
      unit: { select: { name: true, commune: true, address: true } },
    },
  });
  return rows.map(({ unit: { address, ...unit }, ...b }) => ({
    ...b,
    arrival: iso(b.arrival),
    departure: iso(b.departure),
    unit: { ...unit, address: b.status === "CONFIRMED" ? address : null },
  }));
}

type Household = { partner?: unknown; children?: unknown[] };
type HousingNeedDetails = { from?: string; to?: string };

/**
 * A request's temporary-housing need, turned into a search: the newcomer's dates, their practice area as
 * the commune, and a bed for each person of the household.
 */
export function housingNeedOf(request: {
  practiceArea: string;
  household: unknown;
  needs: { type: NeedType; details: unknown }[];
}) {
  const need = request.needs.find((n) => n.type === "TEMPORARY_HOUSING");
  if (!need) return null;
  const details = (need.details ?? {}) as HousingNeedDetails;
  const household = (request.household ?? {}) as Household;
  const beds = 1 + (household.partner ? 1 : 0) + (Array.isArray(household.children) ? household.children.length : 0);
  const isDay = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
  return {
    search: {
      arrival: isDay(details.from) ? details.from : "",
      departure: isDay(details.to) ? details.to : "",
      beds,
      commune: request.practiceArea,
      audience: "NEWCOMERS" as HousingAudience,
    },
  };
}

export async function activeMembershipId(tenantId: string, userId: string) {
  const membership = await db.membership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    select: { id: true, status: true },
  });
  return membership?.status === "ACTIVE" ? membership.id : null;
}
