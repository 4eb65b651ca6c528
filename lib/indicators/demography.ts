import "server-only";

import { db } from "@/lib/db";
import type { Profession } from "@/lib/generated/prisma/enums";
import { isoDayInTimeZone } from "@/lib/i18n/format";

import { shapeDemography, type DemographyRaw } from "./demography-rows";
import { periodOfDays, type Period } from "./period";

export type { Demography } from "./demography-rows";

/** The period of the same length just before (the trend compares the two balances). */
export function previousPeriod(period: Period, timeZone: string): Period {
  const days = Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000);
  const to = new Date(Date.parse(`${period.from}T00:00:00Z`) - 86_400_000);
  const from = new Date(to.getTime() - days * 86_400_000);
  return periodOfDays("custom", { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }, timeZone);
}

/**
 * Per municipality (free text, compared without case or surrounding spaces) and profession: installations
 * and departures over the period and the one before, and arrivals expected in the next six months
 * (desired dates of requests still in progress). One SQL statement.
 */
export async function loadDemography(tenant: { id: string; timeZone: string }, period: Period, now = new Date()) {
  const tid = tenant.id;
  const prev = previousPeriod(period, tenant.timeZone);
  const today = isoDayInTimeZone(now, tenant.timeZone);
  const rows = await db.$queryRaw<DemographyRaw[]>`
    WITH b AS (
      SELECT (${prev.start.toISOString()}::timestamptz AT TIME ZONE 'UTC') AS ps,
             (${period.start.toISOString()}::timestamptz AT TIME ZONE 'UTC') AS s,
             (${period.end.toISOString()}::timestamptz AT TIME ZONE 'UTC') AS e,
             ${prev.from}::date AS pfrom, ${period.from}::date AS dfrom, ${period.to}::date AS dto,
             ${today}::date AS today
    ),
    facts AS (
      SELECT btrim(r."practiceArea") AS commune, r.profession::text AS profession,
             (r."installedAt" >= b.s)::int AS arrivals, (r."installedAt" < b.s)::int AS "prevArrivals",
             0 AS departures, 0 AS "prevDepartures", 0 AS expected
      FROM "InstallationRequest" r, b
      WHERE r."tenantId" = ${tid} AND r."installedAt" >= b.ps AND r."installedAt" < b.e
      UNION ALL
      SELECT btrim(m."practicePlace"), m.profession::text, 0, 0,
             (m."leftAt" >= b.dfrom)::int, (m."leftAt" < b.dfrom)::int, 0
      FROM "Membership" m, b
      WHERE m."tenantId" = ${tid} AND m."leftAt" >= b.pfrom AND m."leftAt" <= b.dto
      UNION ALL
      SELECT btrim(r."practiceArea"), r.profession::text, 0, 0, 0, 0, 1
      FROM "InstallationRequest" r, b
      WHERE r."tenantId" = ${tid} AND r.stage IN ('NEW', 'QUALIFIED', 'IN_PROGRESS') AND r."anonymisedAt" IS NULL
        AND r."desiredArrivalDate" >= b.today AND r."desiredArrivalDate" <= b.today + interval '6 months'
    )
    SELECT min(commune) AS commune, profession,
           sum(arrivals)::int AS arrivals, sum("prevArrivals")::int AS "prevArrivals",
           sum(departures)::int AS departures, sum("prevDepartures")::int AS "prevDepartures",
           sum(expected)::int AS expected
    FROM facts GROUP BY lower(commune), profession
    ORDER BY lower(min(commune)), profession NULLS LAST
  `;
  return shapeDemography(rows as (DemographyRaw & { profession: Profession | null })[]);
}
