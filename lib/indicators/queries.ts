import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STAGES } from "@/lib/requests/stages";

import { shapeIndicators, type IndicatorRaw } from "./compute";
import type { Period } from "./period";

export type IndicatorTenant = { id: string; timeZone: string };

// One SQL statement for every indicator of a period (CTEs, each figure an aggregate). Prisma keeps
// DateTime columns as UTC timestamps without zone: bounds are instants turned into UTC timestamps, and
// months are read in the tenant's time zone.

/** All the indicators of a period, for one tenant, and today's figures of the dashboard (open requests, events to come). */
export async function loadIndicators(tenant: IndicatorTenant, period: Period, now = new Date()) {
  const tid = tenant.id;
  const tz = tenant.timeZone;
  const start = period.start.toISOString();
  const end = period.end.toISOString();
  const open = Prisma.join(OPEN_STAGES.map((stage) => Prisma.sql`${stage}::"RequestStage"`));
  const rows = await db.$queryRaw<IndicatorRaw[]>`
    WITH bounds AS (
      SELECT (${start}::timestamptz AT TIME ZONE 'UTC') AS s, (${end}::timestamptz AT TIME ZONE 'UTC') AS e
    ),
    created AS (
      SELECT r.id, r.stage, r."createdAt", r."firstResponseAt", r."installedAt"
      FROM "InstallationRequest" r, bounds b
      WHERE r."tenantId" = ${tid} AND r."createdAt" >= b.s AND r."createdAt" < b.e
    ),
    -- The furthest stage each request reached by its history, in one pass over the events (not one lookup per request).
    stage_history AS (
      SELECT ev."requestId", MAX(CASE ev.data->>'to' WHEN 'QUALIFIED' THEN 1 WHEN 'IN_PROGRESS' THEN 2
                                                    WHEN 'INSTALLED' THEN 3 WHEN 'MEMBER' THEN 4 ELSE 0 END) AS idx
      FROM "RequestEvent" ev JOIN created c ON c.id = ev."requestId"
      WHERE ev."tenantId" = ${tid} AND ev.type = 'stage.changed'
      GROUP BY ev."requestId"
    ),
    -- MATERIALIZED: read four times below (one count per stage), computed once.
    reached AS MATERIALIZED (
      SELECT c.id, GREATEST(
        CASE c.stage WHEN 'QUALIFIED' THEN 1 WHEN 'IN_PROGRESS' THEN 2 WHEN 'INSTALLED' THEN 3 WHEN 'MEMBER' THEN 4 ELSE 0 END,
        CASE WHEN c."installedAt" IS NOT NULL THEN 3 ELSE 0 END,
        COALESCE(h.idx, 0)
      ) AS idx
      FROM created c LEFT JOIN stage_history h ON h."requestId" = c.id
    ),
    installed AS (
      SELECT r.id, r.stage, r.profession, r."createdAt", r."installedAt",
        EXISTS (SELECT 1 FROM "Membership" m WHERE m."tenantId" = ${tid} AND m."requestId" = r.id) AS "hasMembership"
      FROM "InstallationRequest" r, bounds b
      WHERE r."tenantId" = ${tid} AND r."installedAt" >= b.s AND r."installedAt" < b.e
    ),
    needs AS (
      SELECT n.type, n.status, n."createdAt", n."updatedAt"
      FROM "RequestNeed" n, bounds b
      WHERE n."tenantId" = ${tid} AND n."createdAt" >= b.s AND n."createdAt" < b.e
    ),
    events AS (
      SELECT e.id, e."startsAt" FROM "Event" e, bounds b
      WHERE e."tenantId" = ${tid} AND e.status = 'PUBLISHED' AND e."startsAt" >= b.s AND e."startsAt" < b.e
    ),
    regs AS (
      SELECT g."eventId", g.seats, g."checkedInAt" FROM "EventRegistration" g JOIN events e ON e.id = g."eventId"
      WHERE g."tenantId" = ${tid} AND g.status = 'CONFIRMED'
    ),
    uses AS (
      SELECT u."offerId", u.kind FROM "OfferUse" u, bounds b
      WHERE u."tenantId" = ${tid} AND u."createdAt" >= b.s AND u."createdAt" < b.e
    ),
    referrals AS (
      SELECT f.status, f.consent, a.category
      FROM "Referral" f JOIN "NetworkActor" a ON a.id = f."actorId" AND a."tenantId" = f."tenantId", bounds b
      WHERE f."tenantId" = ${tid} AND f."createdAt" >= b.s AND f."createdAt" < b.e
    )
    SELECT
      (SELECT COALESCE(json_object_agg(stage, n), '{}') FROM (SELECT stage::text, count(*) AS n FROM created GROUP BY stage) x)
        AS "byStage",
      (SELECT json_build_array(count(*), count(*) FILTER (WHERE idx >= 1), count(*) FILTER (WHERE idx >= 2),
                               count(*) FILTER (WHERE idx >= 3), count(*) FILTER (WHERE idx >= 4)) FROM reached)
        AS "reached",
      (SELECT COALESCE(json_agg(x), '[]') FROM (
        SELECT to_char((i."installedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz}, 'YYYY-MM') AS month,
               i.profession::text AS profession, count(*) AS n
        FROM installed i GROUP BY 1, 2 ORDER BY 1, 2) x)
        AS "arrivals",
      (SELECT json_build_object('n', count(*),
          'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM c."firstResponseAt" - c."createdAt") / 3600),
          'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM c."firstResponseAt" - c."createdAt") / 3600))
        FROM created c WHERE c."firstResponseAt" IS NOT NULL)
        AS "firstResponseHours",
      (SELECT json_build_object('n', count(*),
          'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM i."installedAt" - i."createdAt") / 86400),
          'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM i."installedAt" - i."createdAt") / 86400))
        FROM installed i)
        AS "installationDays",
      (SELECT json_build_object('installed', count(*),
          'members', count(*) FILTER (WHERE i.stage = 'MEMBER' OR i."hasMembership")) FROM installed i)
        AS "commitment",
      (SELECT COALESCE(json_agg(x), '[]') FROM (
        SELECT n.type::text AS type, count(*) AS total,
               count(*) FILTER (WHERE n.status = 'DONE') AS done,
               count(*) FILTER (WHERE n.status = 'NOT_NEEDED') AS "notNeeded",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM n."updatedAt" - n."createdAt") / 86400)
                 FILTER (WHERE n.status = 'DONE') AS "medianDays"
        FROM needs n GROUP BY n.type ORDER BY n.type) x)
        AS "needs",
      (SELECT json_build_object(
          'active', (SELECT count(*) FROM "Membership" m
                     WHERE m."tenantId" = ${tid} AND m.role = 'MEMBER' AND m.status = 'ACTIVE'),
          'duesPaid', (SELECT count(*) FROM "DuesPayment" d JOIN "Membership" m ON m.id = d."membershipId"
                       WHERE d."tenantId" = ${tid} AND d.year = ${period.year} AND m.status = 'ACTIVE'),
          'joined', (SELECT count(*) FROM "Membership" m, bounds b
                     WHERE m."tenantId" = ${tid} AND m.role = 'MEMBER' AND m."createdAt" >= b.s AND m."createdAt" < b.e)))
        AS "members",
      (SELECT json_build_object('atStart', count(*),
          'stayed', count(*) FILTER (WHERE m."leftAt" IS NULL OR m."leftAt" > ${period.to}::date),
          'left', (SELECT count(*) FROM "Membership" l WHERE l."tenantId" = ${tid}
                   AND l."leftAt" >= ${period.from}::date AND l."leftAt" <= ${period.to}::date))
        FROM "Membership" m, bounds b
        WHERE m."tenantId" = ${tid} AND m.role = 'MEMBER' AND m."createdAt" < b.s
          AND (m."leftAt" IS NULL OR m."leftAt" >= ${period.from}::date))
        AS "retention",
      (SELECT COALESCE(json_agg(x), '[]') FROM (
        SELECT to_char((e."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz}, 'YYYY-MM') AS month,
               count(DISTINCT e.id) AS events,
               COALESCE(sum(r.seats), 0) AS seats,
               count(r."checkedInAt") AS "checkedIn",
               count(r."eventId") AS registrations
        FROM events e LEFT JOIN regs r ON r."eventId" = e.id GROUP BY 1 ORDER BY 1) x)
        AS "events",
      (SELECT COALESCE(json_agg(x), '[]') FROM (
        SELECT o.id, o.title, p.name AS partner,
               count(*) FILTER (WHERE u.kind = 'VIEW') AS views, count(*) FILTER (WHERE u.kind = 'CLAIM') AS claims
        FROM uses u JOIN "Offer" o ON o.id = u."offerId" AND o."tenantId" = ${tid}
        JOIN "Partner" p ON p.id = o."partnerId"
        GROUP BY o.id, o.title, p.name ORDER BY claims DESC, views DESC, o.title LIMIT 50) x)
        AS "offers",
      (SELECT json_build_object('views', count(*) FILTER (WHERE kind = 'VIEW'), 'claims', count(*) FILTER (WHERE kind = 'CLAIM'))
        FROM uses)
        AS "offerTotals",
      (SELECT COALESCE(json_agg(x), '[]') FROM (
        SELECT f.category::text AS category, count(*) AS total,
               count(*) FILTER (WHERE f.status = 'PROPOSED' AND f.consent <> 'DECLINED') AS proposed,
               count(*) FILTER (WHERE f.consent = 'DECLINED') AS declined,
               count(*) FILTER (WHERE f.status = 'CONTACTED') AS contacted,
               count(*) FILTER (WHERE f.status = 'ANSWERED') AS answered,
               count(*) FILTER (WHERE f.status = 'HELPED') AS helped,
               count(*) FILTER (WHERE f.status = 'COULD_NOT_HELP') AS "couldNotHelp",
               count(*) FILTER (WHERE f.status = 'NO_ANSWER') AS "noAnswer"
        FROM referrals f GROUP BY f.category ORDER BY f.category) x)
        AS "referrals",
      (SELECT json_build_object(
          'openRequests', (SELECT count(*) FROM "InstallationRequest" r
                           WHERE r."tenantId" = ${tid} AND r."anonymisedAt" IS NULL AND r.stage IN (${open})),
          'upcomingEvents', (SELECT count(*) FROM "Event" e
                             WHERE e."tenantId" = ${tid} AND e.status = 'PUBLISHED'
                               AND e."startsAt" > (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'))))
        AS "today"
  `;
  return shapeIndicators(rows[0], period, now);
}
