import "server-only";

import { db } from "@/lib/db";
import type { HousingAudience, HousingBookingStatus } from "@/lib/generated/prisma/enums";
import { calendarDay, isoCalendarDay } from "@/lib/i18n/format";

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
  const areas = commune
    ? (
        await db.housingUnit.findMany({
          where: { tenantId, commune: { equals: commune, mode: "insensitive" }, area: { not: "" } },
          distinct: ["area"],
          select: { area: true },
        })
      ).map((u) => u.area)
    : [];
  const units = await db.housingUnit.findMany({
    where: {
      tenantId,
      status: "AVAILABLE",
      beds: { gte: s.beds },
      ...(s.audience ? { audiences: { has: s.audience } } : {}),
      ...(commune
        ? { OR: [{ commune: { contains: commune, mode: "insensitive" as const } }, { area: { in: areas } }] }
        : {}),
      bookings: { none: { status: { in: HELD }, ...overlapping(s.arrival, s.departure) } },
    },
    orderBy: [{ commune: "asc" }, { beds: "asc" }],
    take: 100,
    select: {
      id: true,
      name: true,
      kind: true,
      commune: true,
      area: true,
      beds: true,
      rooms: true,
      furnished: true,
      accessible: true,
      priceNightCents: true,
      rentMonthCents: true,
      minNights: true,
      maxNights: true,
      audiences: true,
    },
  });
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

/** Lodging offered on a request, for the staff's request page. */
export async function requestBookings(tenantId: string, requestId: string) {
  const rows = await db.housingBooking.findMany({
    where: { tenantId, requestId },
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
  });
  return rows.map((b) => ({ ...b, arrival: iso(b.arrival), departure: iso(b.departure) }));
}

/**
 * What the newcomer sees of the lodging offered to them: commune, kind, dates and price; the exact
 * address only once the booking is confirmed. Never the staff's notes nor the owner.
 */
export async function newcomerBookings(tenantId: string, requestId: string) {
  const rows = await db.housingBooking.findMany({
    where: { tenantId, requestId, status: { in: ["OPTION", "CONFIRMED", "DECLINED", "EXPIRED", "CANCELLED"] } },
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
  });
  return rows.map(({ unit: { address, ...unit }, ...b }) => ({
    ...b,
    arrival: iso(b.arrival),
    departure: iso(b.departure),
    unit: { ...unit, address: b.status === "CONFIRMED" ? address : null },
  }));
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
export async function requestHousingNeed(tenantId: string, requestId: string) {
  const request = await db.installationRequest.findFirst({
    where: { id: requestId, tenantId, needs: { some: { type: "TEMPORARY_HOUSING" } } },
    select: {
      practiceArea: true,
      household: true,
      needs: { where: { type: "TEMPORARY_HOUSING" }, take: 1, select: { details: true } },
    },
  });
  if (!request) return null;
  const details = (request.needs[0]?.details ?? {}) as HousingNeedDetails;
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
