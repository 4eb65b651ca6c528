import "server-only";

import { db } from "@/lib/db";
import { eventsOpenToNewcomersQuery, newcomerRegistrationsQuery } from "@/lib/events/newcomers";
import { checkInsOfRequestQuery } from "@/lib/followup/queries";
import { valuesOf } from "@/lib/forms/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { RequestStage, type Profession } from "@/lib/generated/prisma/enums";
import {
  housingNeedOf,
  newcomerBookingRows,
  newcomerBookingsQuery,
  requestBookingRows,
  requestBookingsQuery,
  searchFreeUnits,
} from "@/lib/housing/queries";
import { parseHousingSearch } from "@/lib/housing/search-params";
import { isoDayInTimeZone, localDateTimeToInstant } from "@/lib/i18n/format";
import { aidsFor } from "@/lib/network/aids";
import { actorsForNeeds, newcomerReferralSelect, sentAidSelect, staffReferralSelect } from "@/lib/network/queries";

import type { TRequestFilters } from "./filters";
import { isOpen } from "./stages";
import { trackedRequestSelect, trackedRequestWhere } from "./tracking";

export const REQUESTS_PAGE_SIZE = 25;

/** Whose list: the tenant, the reader (for "mine") and the tenant's time zone (for day ranges). */
export type ListScope = { tenantId: string; userId: string; timeZone?: string };

/** Instants bounding "YYYY-MM-DD_YYYY-MM-DD" (both days included) in the tenant's time zone. */
function dayRange(range: string, timeZone: string) {
  const [from, to] = range.split("_");
  const after = new Date(`${to}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  return {
    from: localDateTimeToInstant(`${from}T00:00`, timeZone),
    before: localDateTimeToInstant(`${after.toISOString().slice(0, 10)}T00:00`, timeZone),
  };
}

/** The list's and the board's filters as SQL (alias `r`): the same rules as the filter form. */
function filterSql({ tenantId, userId, timeZone = "Europe/Paris" }: ListScope, f: TRequestFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`r."tenantId" = ${tenantId}`, Prisma.sql`r."anonymisedAt" IS NULL`];
  if (f.stage) parts.push(Prisma.sql`r."stage" = ${f.stage}::"RequestStage"`);
  if (f.profession) parts.push(Prisma.sql`r."profession" = ${f.profession}::"Profession"`);
  if (f.need) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "RequestNeed" n
      WHERE n."tenantId" = ${tenantId} AND n."requestId" = r."id" AND n."type" = ${f.need}::"NeedType")`);
  }
  if (f.priority) parts.push(Prisma.sql`r."priority"`);
  if (f.mine) parts.push(Prisma.sql`r."assigneeId" = ${userId}`);
  else if (f.assignee === "none") parts.push(Prisma.sql`r."assigneeId" IS NULL`);
  else if (f.assignee) parts.push(Prisma.sql`r."assigneeId" = ${f.assignee}`);
  if (f.arrival) {
    const start = new Date(`${f.arrival}-01T00:00:00Z`);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
    parts.push(Prisma.sql`r."desiredArrivalDate" >= ${start} AND r."desiredArrivalDate" < ${end}`);
  }
  if (f.created) {
    const { from, before } = dayRange(f.created, timeZone);
    parts.push(Prisma.sql`r."createdAt" >= ${from} AND r."createdAt" < ${before}`);
  }
  if (f.installed) {
    const { from, before } = dayRange(f.installed, timeZone);
    parts.push(Prisma.sql`r."installedAt" >= ${from} AND r."installedAt" < ${before}`);
  }
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(Prisma.sql`(r."reference" ILIKE ${pattern} OR r."lastName" ILIKE ${pattern}
      OR r."firstName" ILIKE ${pattern} OR r."email" ILIKE ${pattern})`);
  }
  return Prisma.join(parts, " AND ");
}

/** No filter but the stage (which the board ignores): the counts per stage kept by triggers are the answer. */
function filtersOnlyStage(f: TRequestFilters): boolean {
  return !(
    f.profession ||
    f.need ||
    f.priority ||
    f.mine ||
    f.assignee ||
    f.arrival ||
    f.created ||
    f.installed ||
    f.q
  );
}

/**
 * How many requests of the tenant (anonymised ones left out) are in `stage`, or in any stage, read from the
 * counts per stage that triggers keep (`RequestStageCount`): a few rows whatever the tenant's size.
 */
function countedSql(tenantId: string, stage?: RequestStage): Prisma.Sql {
  const inStage = stage ? Prisma.sql`AND c."stage" = ${stage}::"RequestStage"` : Prisma.empty;
  return Prisma.sql`(SELECT coalesce(sum(c."count"), 0)::int FROM "RequestStageCount" c
    WHERE c."tenantId" = ${tenantId} ${inStage})`;
}

/** Needs still to do whose due day has passed, for the row `r` (a correlated count). */
function overdueNeedsSql(tenantId: string, now: Date): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM "RequestNeed" n WHERE n."tenantId" = ${tenantId}
    AND n."requestId" = r."id" AND n."status" IN ('TODO', 'IN_PROGRESS') AND n."dueDate" < ${now})`;
}

type ListRow = {
  total: number;
  counts: Partial<Record<RequestStage, number>>;
  staff: { id: string; name: string | null; email: string }[];
  id: string | null;
  reference: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  stage: RequestStage;
  stageChangedAt: Date;
  desiredArrivalDate: Date | null;
  createdAt: Date;
  firstResponseAt: Date | null;
  priority: boolean;
  assigneeName: string | null;
  assigneeEmail: string | null;
  overdueNeeds: number;
};

/**
 * The staff list page's data in one statement: the page of rows (assignee, overdue needs), the filtered
 * total, the count per stage and the staff for the assignee filter.
 */
export async function listRequests(scope: ListScope, f: TRequestFilters) {
  const { tenantId } = scope;
  const now = new Date();
  const order =
    f.sort === "arrival"
      ? Prisma.sql`r."desiredArrivalDate" ASC NULLS LAST, r."createdAt" DESC, r."id"`
      : f.sort === "oldest"
        ? Prisma.sql`r."createdAt" ASC, r."id"`
        : Prisma.sql`r."createdAt" DESC, r."id"`;
  // The total and the tabs come from the counts kept by triggers (constant time, issue 11's growth budget);
  // any other filter still counts its rows exactly.
  const totalSql = filtersOnlyStage(f)
    ? countedSql(tenantId, f.stage)
    : Prisma.sql`(SELECT count(*)::int FROM "InstallationRequest" r WHERE ${filterSql(scope, f)})`;
  const found = await db.$queryRaw<ListRow[]>`
    WITH meta AS (
      SELECT
        ${totalSql} AS total,
        (SELECT coalesce(json_object_agg(c."stage", c."count"), '{}'::json) FROM "RequestStageCount" c
          WHERE c."tenantId" = ${tenantId} AND c."count" > 0) AS counts,
        (SELECT coalesce(json_agg(json_build_object('id', u."id", 'name', u."name", 'email', u."email")
          ORDER BY m."createdAt"), '[]'::json)
          FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
          WHERE m."tenantId" = ${tenantId} AND m."status" = 'ACTIVE' AND m."role" IN ('COORDINATOR', 'STAFF')) AS staff
    ), page AS (
      SELECT r."id", r."reference", r."firstName", r."lastName", r."profession"::text, r."stage"::text,
        r."stageChangedAt", r."desiredArrivalDate", r."createdAt", r."firstResponseAt", r."priority",
        u."name" AS "assigneeName", u."email" AS "assigneeEmail", ${overdueNeedsSql(tenantId, now)} AS "overdueNeeds"
      FROM "InstallationRequest" r LEFT JOIN "User" u ON u."id" = r."assigneeId"
      WHERE ${filterSql(scope, f)}
      ORDER BY ${order}
      LIMIT ${REQUESTS_PAGE_SIZE} OFFSET ${(f.page - 1) * REQUESTS_PAGE_SIZE}
    )
    SELECT meta.*, r.* FROM meta LEFT JOIN page r ON true ORDER BY ${order}`;
  const [first] = found;
  const total = first?.total ?? 0;
  const rows = found
    .filter((r) => r.id !== null)
    .map(({ total: _t, counts: _c, staff: _s, assigneeName, assigneeEmail, overdueNeeds, ...r }) => ({
      ...r,
      id: r.id as string,
      assignee: assigneeEmail ? { name: assigneeName, email: assigneeEmail } : null,
      overdueNeeds,
      daysInStage: Math.floor((now.getTime() - r.stageChangedAt.getTime()) / 86_400_000),
    }));
  return {
    total,
    rows,
    counts: first?.counts ?? {},
    staff: first?.staff ?? [],
    pageCount: Math.max(1, Math.ceil(total / REQUESTS_PAGE_SIZE)),
  };
}

/**
 * Cards per board column (the most recently moved); the column links to the filtered list for the rest.
 * Six keeps the board's HTML under 60 KB with six full columns and the staff layout (issue 11: measured
 * 66 KB with eight on the bench seed, 5,000 requests).
 */
export const BOARD_COLUMN_SIZE = 6;

type BoardRow = {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  stage: RequestStage;
  stageChangedAt: Date;
  createdAt: Date;
  firstResponseAt: Date | null;
  priority: boolean;
  overdueNeeds: number;
  count: number;
};

/** The board in one statement: per stage, its count and its most recently moved cards. */
export async function listBoard(scope: ListScope, f: TRequestFilters) {
  const { tenantId } = scope;
  const now = new Date();
  // Per stage, its newest cards by index (LATERAL … LIMIT) and its count: nothing scales with the other rows.
  // Without filters the count is the one triggers keep (a few rows); with filters, the filtered rows are counted.
  const counts = filtersOnlyStage(f)
    ? Prisma.sql`SELECT c."stage", c."count" FROM "RequestStageCount" c WHERE c."tenantId" = ${tenantId} AND c."count" > 0`
    : Prisma.sql`SELECT r."stage", count(*)::int AS count FROM "InstallationRequest" r
      WHERE ${filterSql(scope, { ...f, stage: undefined })}
      GROUP BY r."stage"`;
  const found = await db.$queryRaw<BoardRow[]>`
    WITH counts AS (${counts})
    SELECT c.count, r.* FROM counts c CROSS JOIN LATERAL (
      SELECT r."id", r."reference", r."firstName", r."lastName", r."profession"::text, r."stage"::text,
        r."stageChangedAt", r."createdAt", r."firstResponseAt", r."priority",
        ${overdueNeedsSql(tenantId, now)} AS "overdueNeeds"
      FROM "InstallationRequest" r
      WHERE ${filterSql(scope, { ...f, stage: undefined })} AND r."stage" = c."stage"
      ORDER BY r."stageChangedAt" DESC, r."id"
      LIMIT ${BOARD_COLUMN_SIZE}
    ) r
    ORDER BY r."stage", r."stageChangedAt" DESC, r."id"`;
  return valuesOf(RequestStage).map((stage) => {
    const cards = found.filter((c) => c.stage === stage);
    return {
      stage,
      count: cards[0]?.count ?? 0,
      cards: cards.map((c) => ({
        ...c,
        daysInStage: Math.floor((now.getTime() - c.stageChangedAt.getTime()) / 86_400_000),
      })),
    };
  });
}

const staffRequestInclude = (tenantId: string) =>
  ({
    assignee: { select: { id: true, name: true, email: true } },
    needs: {
      where: { tenantId },
      orderBy: { createdAt: "asc" },
      include: { assignee: { select: { id: true, name: true, email: true } } },
    },
    messages: { where: { tenantId }, orderBy: { createdAt: "asc" }, take: 200 },
    notes: {
      where: { tenantId },
      orderBy: { createdAt: "asc" },
      take: 200,
      include: { author: { select: { name: true, email: true } } },
    },
    events: { where: { tenantId }, orderBy: { createdAt: "asc" }, take: 500 },
  }) satisfies Prisma.InstallationRequestInclude;

/** Where the staff request page's housing part searches (its query string), and whether the reader manages housing. */
export type RequestPageOptions = {
  housing: boolean;
  housingQuery: Record<string, string | string[] | undefined>;
  now?: Date;
};

/**
 * Everything the staff's request page shows, in at most four statements whatever the rows (issue 11): the
 * request with its needs, messages, notes, timeline, referrals, aids sent, bookings, check-ins, event
 * registrations, and the tenant's staff and events open to newcomers (one statement, relations joined);
 * then, side by side, the aids that fit, the network actors that fit its needs and the free units for its
 * housing need. Every part is read within the tenant.
 */
export async function getRequestPage(
  tenant: { id: string; timeZone: string },
  requestId: string,
  { housing, housingQuery, now = new Date() }: RequestPageOptions,
) {
  const tenantId = tenant.id;
  const found = await db.installationRequest.findFirst({
    relationLoadStrategy: "join",
    where: { id: requestId, tenantId, anonymisedAt: null },
    include: {
      ...staffRequestInclude(tenantId),
      referrals: { where: { tenantId }, orderBy: { createdAt: "asc" }, select: staffReferralSelect },
      aidsSent: { where: { tenantId }, orderBy: { createdAt: "asc" }, select: sentAidSelect },
      registrations: newcomerRegistrationsQuery(tenantId),
      housingBookings: requestBookingsQuery(tenantId),
      checkIns: checkInsOfRequestQuery(tenantId),
      tenant: {
        select: {
          memberships: {
            where: { status: "ACTIVE", role: { in: ["COORDINATOR", "STAFF"] } },
            orderBy: { createdAt: "asc" },
            select: { user: { select: { id: true, name: true, email: true } } },
          },
          events: eventsOpenToNewcomersQuery(tenantId, now),
        },
      },
    },
  });
  if (!found) return null;
  const { referrals, aidsSent, registrations, housingBookings, checkIns, tenant: scope, ...request } = found;
  const open = isOpen(request.stage);
  const today = new Date(`${isoDayInTimeZone(now, tenant.timeZone)}T00:00:00Z`);
  const housingNeed = housing ? housingNeedOf(request) : null;
  const search = housingNeed && open ? (parseHousingSearch(housingQuery) ?? housingNeed.search) : null;
  const [aids, fits, results] = await Promise.all([
    aidsFor(tenantId, { profession: request.profession, practiceMode: request.practiceMode }, today),
    open ? actorsForNeeds(tenantId, [...new Set(request.needs.map((n) => n.type))], request.practiceArea) : [],
    search?.arrival && search.departure ? searchFreeUnits(tenantId, search) : null,
  ]);
  const bookings = requestBookingRows(housingBookings);
  return {
    request,
    open,
    staff: scope.memberships.map((m) => m.user),
    registrations,
    invitable: open ? scope.events : [],
    followUp:
      request.stage === "INSTALLED" || request.stage === "MEMBER"
        ? { checkIns, stoppedAt: request.checkInsStoppedAt }
        : null,
    network: { referrals, fits, aids, sent: aidsSent },
    housing: housing && (housingNeed || bookings.length > 0) ? { need: housingNeed, bookings, search, results } : null,
  };
}

export type RequestPage = NonNullable<Awaited<ReturnType<typeof getRequestPage>>>;

export async function listStaff(tenantId: string) {
  const rows = await db.membership.findMany({
    where: { tenantId, status: "ACTIVE", role: { in: ["COORDINATOR", "STAFF"] } },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.user);
}

/**
 * The tracking page's request, with what the newcomer sees of its event registrations, referrals, aids
 * sent and lodging offered: one statement (relations joined), within the tenant; null for a bad token.
 * The page adds the offers open to newcomers (issue 11: the tracking page in three statements).
 */
export async function getTrackingPage(tenantId: string, token: string) {
  const where = trackedRequestWhere(tenantId, token);
  if (!where) return null;
  const found = await db.installationRequest.findFirst({
    relationLoadStrategy: "join",
    where,
    select: {
      ...trackedRequestSelect,
      registrations: newcomerRegistrationsQuery(tenantId),
      referrals: { where: { tenantId }, orderBy: { createdAt: "asc" }, select: newcomerReferralSelect },
      aidsSent: { where: { tenantId }, orderBy: { createdAt: "asc" }, select: sentAidSelect },
      housingBookings: newcomerBookingsQuery(tenantId),
    },
  });
  if (!found) return null;
  const { registrations, referrals, aidsSent, housingBookings, ...request } = found;
  return { request, registrations, referrals, aids: aidsSent, bookings: newcomerBookingRows(housingBookings) };
}

export type TrackingPage = NonNullable<Awaited<ReturnType<typeof getTrackingPage>>>;
