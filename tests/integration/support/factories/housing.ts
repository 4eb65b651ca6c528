import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The studio every housing test starts from (the factory's row, the staff form's input). */
export const STUDIO = {
  name: "Studio du fleuve",
  kind: "STUDIO",
  ownerName: "Mairie de Saint-Laurent",
  ownerContact: "logement@mairie.exemple.test",
  commune: "Saint-Laurent-du-Maroni",
  area: "Ouest guyanais",
  address: "12 rue du Port",
} as const;

type UnitOverrides = Partial<Omit<Prisma.HousingUnitUncheckedCreateInput, "tenantId">>;

/** A housing unit of the tenant: a furnished studio for newcomers and locums, open to members, available. */
export function createTestUnit(tenantId: string, overrides: UnitOverrides = {}) {
  return db.housingUnit.create({
    data: {
      ...STUDIO,
      beds: 2,
      furnished: true,
      rentMonthCents: 65_000,
      priceNightCents: 3_500,
      audiences: ["NEWCOMERS", "LOCUMS"],
      openToMembers: true,
      ...overrides,
      tenantId,
    },
    select: { id: true, name: true },
  });
}

type BookingOverrides = Partial<
  Omit<Prisma.HousingBookingUncheckedCreateInput, "tenantId" | "unitId" | "arrival" | "departure">
> & {
  /** Calendar days of the CPTS: nights from `arrival` (included) to `departure` (excluded). */
  arrival?: string;
  departure?: string;
};

/**
 * A booking of a unit, written straight to the table (its constraints apply: no overlap of held
 * nights, one guest): a confirmed week for a named locum by default; give `requestId` or `membershipId`
 * (and `guestName: ""`) for a newcomer's or a member's.
 */
export function createTestBooking(tenantId: string, unitId: string, overrides: BookingOverrides = {}) {
  const { arrival = "2027-01-10", departure = "2027-01-17", ...fields } = overrides;
  return db.housingBooking.create({
    data: {
      guestName: "Remplaçante",
      audience: "LOCUMS",
      status: "CONFIRMED",
      ...fields,
      arrival: new Date(`${arrival}T00:00:00Z`),
      departure: new Date(`${departure}T00:00:00Z`),
      tenantId,
      unitId,
    },
    select: { id: true, status: true },
  });
}
