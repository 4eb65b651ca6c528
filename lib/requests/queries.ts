import "server-only";

import { db } from "@/lib/db";
import { valuesOf } from "@/lib/forms/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RequestStage } from "@/lib/generated/prisma/enums";
import { localDateTimeToInstant } from "@/lib/i18n/format";

import type { TRequestFilters } from "./filters";

export const REQUESTS_PAGE_SIZE = 25;

/** Instants bounding "YYYY-MM-DD_YYYY-MM-DD" (both days included) in the tenant's time zone. */
function dayRange(range: string, timeZone: string) {
  const [from, to] = range.split("_");
  const after = new Date(`${to}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  return {
    gte: localDateTimeToInstant(`${from}T00:00`, timeZone),
    lt: localDateTimeToInstant(`${after.toISOString().slice(0, 10)}T00:00`, timeZone),
  };
}

function whereFor(
  tenantId: string,
  f: TRequestFilters,
  userId: string,
  timeZone: string,
): Prisma.InstallationRequestWhereInput {
  const where: Prisma.InstallationRequestWhereInput = { tenantId, anonymisedAt: null };
  if (f.stage) where.stage = f.stage;
  if (f.profession) where.profession = f.profession;
  if (f.need) where.needs = { some: { tenantId, type: f.need } };
  if (f.priority) where.priority = true;
  if (f.mine) where.assigneeId = userId;
  else if (f.assignee) where.assigneeId = f.assignee === "none" ? null : f.assignee;
  if (f.arrival) {
    const start = new Date(`${f.arrival}-01T00:00:00Z`);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
    where.desiredArrivalDate = { gte: start, lt: end };
  }
  if (f.created) where.createdAt = dayRange(f.created, timeZone);
  if (f.installed) where.installedAt = dayRange(f.installed, timeZone);
  if (f.q) {
    where.OR = [
      { reference: { contains: f.q, mode: "insensitive" } },
      { lastName: { contains: f.q, mode: "insensitive" } },
      { firstName: { contains: f.q, mode: "insensitive" } },
      { email: { contains: f.q, mode: "insensitive" } },
    ];
  }
  return where;
}

export async function listRequests(tenantId: string, userId: string, f: TRequestFilters, timeZone = "Europe/Paris") {
  const where = whereFor(tenantId, f, userId, timeZone);
  const orderBy: Prisma.InstallationRequestOrderByWithRelationInput =
    f.sort === "arrival"
      ? { desiredArrivalDate: "asc" }
      : f.sort === "oldest"
        ? { createdAt: "asc" }
        : { createdAt: "desc" };
  const [total, rows, byStage] = await Promise.all([
    db.installationRequest.count({ where }),
    db.installationRequest.findMany({
      where,
      orderBy,
      skip: (f.page - 1) * REQUESTS_PAGE_SIZE,
      take: REQUESTS_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        firstName: true,
        lastName: true,
        profession: true,
        stage: true,
        stageChangedAt: true,
        desiredArrivalDate: true,
        createdAt: true,
        firstResponseAt: true,
        priority: true,
        assignee: { select: { name: true, email: true } },
        _count: {
          select: { needs: { where: { status: { in: ["TODO", "IN_PROGRESS"] }, dueDate: { lt: new Date() } } } },
        },
      },
    }),
    db.installationRequest.groupBy({ by: ["stage"], where: { tenantId, anonymisedAt: null }, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(byStage.map((g) => [g.stage, g._count._all])) as Partial<
    Record<RequestStage, number>
  >;
  const now = Date.now();
  const withDays = rows.map((r) => ({
    ...r,
    daysInStage: Math.floor((now - r.stageChangedAt.getTime()) / 86_400_000),
  }));
  return { total, rows: withDays, counts, pageCount: Math.max(1, Math.ceil(total / REQUESTS_PAGE_SIZE)) };
}

export const BOARD_COLUMN_SIZE = 30;

/** The board: per stage, its count and its most recently moved cards (the table view pages through all). */
export async function listBoard(tenantId: string, userId: string, f: TRequestFilters, timeZone = "Europe/Paris") {
  const base = whereFor(tenantId, { ...f, stage: undefined }, userId, timeZone);
  const now = Date.now();
  const columns = await Promise.all(
    valuesOf(RequestStage).map(async (stage) => {
      const where = { ...base, stage };
      const [count, cards] = await Promise.all([
        db.installationRequest.count({ where }),
        db.installationRequest.findMany({
          where,
          orderBy: { stageChangedAt: "desc" },
          take: BOARD_COLUMN_SIZE,
          select: {
            id: true,
            reference: true,
            firstName: true,
            lastName: true,
            profession: true,
            stage: true,
            stageChangedAt: true,
            createdAt: true,
            firstResponseAt: true,
            priority: true,
            _count: {
              select: { needs: { where: { status: { in: ["TODO", "IN_PROGRESS"] }, dueDate: { lt: new Date() } } } },
            },
          },
        }),
      ]);
      return {
        stage,
        count,
        cards: cards.map((c) => ({
          ...c,
          daysInStage: Math.floor((now - c.stageChangedAt.getTime()) / 86_400_000),
          overdueNeeds: c._count.needs,
        })),
      };
    }),
  );
  return columns;
}

export async function getRequestForStaff(tenantId: string, requestId: string) {
  return db.installationRequest.findFirst({
    where: { id: requestId, tenantId, anonymisedAt: null },
    include: {
      assignee: { select: { id: true, name: true, email: true } },
      needs: {
        orderBy: { createdAt: "asc" },
        include: { assignee: { select: { id: true, name: true, email: true } } },
      },
      messages: { orderBy: { createdAt: "asc" }, take: 200 },
      notes: { orderBy: { createdAt: "asc" }, take: 200, include: { author: { select: { name: true, email: true } } } },
      events: { orderBy: { createdAt: "asc" }, take: 500 },
    },
  });
}

export async function listStaff(tenantId: string) {
  const rows = await db.membership.findMany({
    where: { tenantId, status: "ACTIVE", role: { in: ["COORDINATOR", "STAFF"] } },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.user);
}
