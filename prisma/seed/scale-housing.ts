import type { PrismaClient } from "../../lib/generated/prisma/client";

/**
 * bench-001's housing stock, generated in PostgreSQL: `units` lodgings and `perUnit` bookings each, one
 * after the other (20 days apart, 3 to 16 nights: never overlapping), from about 200 days ago onwards;
 * past ones confirmed, some future ones options or members' asks, a few cancelled.
 */
export async function insertHousing(db: PrismaClient, units: number, perUnit: number): Promise<number> {
  const created = await db.$executeRaw`
    INSERT INTO "HousingUnit" ("id", "tenantId", "name", "commune", "area", "address", "kind", "rooms", "beds", "furnished",
      "priceNightCents", "rentMonthCents", "audiences", "openToMembers", "updatedAt")
    SELECT gen_random_uuid()::text, t."id", 'Logement ' || g, 'Commune ' || (g % 12), 'Secteur ' || (g % 4),
      g || ' rue du Banc', (enum_range(NULL::"HousingKind"))[1 + g % 8], 1 + g % 4, 1 + g % 5, g % 3 <> 0,
      2000 + (g % 5) * 500, 40000 + (g % 6) * 5000,
      ARRAY[(enum_range(NULL::"HousingAudience"))[1 + g % 4], (enum_range(NULL::"HousingAudience"))[1 + (g + 1) % 4]],
      g % 2 = 0, now()
    FROM "Tenant" t CROSS JOIN generate_series(1, ${units}::int) AS g WHERE t."slug" = 'bench-001'`;
  const bookings = await db.$executeRaw`
    INSERT INTO "HousingBooking" ("id", "tenantId", "unitId", "arrival", "departure", "guestName", "guestContact", "audience",
      "status", "optionExpiresAt", "priceCents", "updatedAt")
    SELECT gen_random_uuid()::text, u."tenantId", u."id",
      current_date - 200 + (k - 1) * 20, current_date - 200 + (k - 1) * 20 + 3 + abs(hashtext(u."id" || k)) % 14,
      'Invité·e ' || k, 'invite' || k || '@bench.test', (enum_range(NULL::"HousingAudience"))[1 + k % 4],
      CASE WHEN k % 13 = 0 THEN 'CANCELLED'::"HousingBookingStatus"
           WHEN current_date - 200 + (k - 1) * 20 > current_date AND k % 4 = 0 THEN 'OPTION'::"HousingBookingStatus"
           WHEN current_date - 200 + (k - 1) * 20 > current_date AND k % 5 = 0 THEN 'REQUESTED'::"HousingBookingStatus"
           ELSE 'CONFIRMED'::"HousingBookingStatus" END,
      CASE WHEN current_date - 200 + (k - 1) * 20 > current_date AND k % 4 = 0 THEN now() + interval '5 days' END,
      u."priceNightCents" * 7, now()
    FROM "HousingUnit" u JOIN "Tenant" t ON t."id" = u."tenantId"
    CROSS JOIN generate_series(1, ${perUnit}::int) AS k
    WHERE t."slug" = 'bench-001'`;
  return created + bookings;
}
