import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NeedType } from "@/lib/generated/prisma/enums";
import { calendarDay, isoDayInTimeZone, todayInTimeZone } from "@/lib/i18n/format";
import { addWorkingDays, OPEN_STAGES } from "@/lib/requests/stages";

import type { TaskScope } from "./schemas";

/** Needs show up a week before their date: time to act, not only to apologise. */
export const NEED_HORIZON_DAYS = 7;
const PER_KIND = 100;

export type TaskKind = "firstResponse" | "need" | "followUp";
/** On the same day: the newcomer waiting for a first answer first. */
const KIND_ORDER: TaskKind[] = ["firstResponse", "followUp", "need"];

/** One thing a staff member has to do, with its due day (a calendar day of the CPTS) and where to act. */
export type StaffTask = {
  kind: TaskKind;
  id: string;
  requestId: string;
  reference: string;
  name: string;
  ownerId: string | null;
  due: Date;
  overdue: boolean;
  href: string;
  need?: NeedType;
  months?: number;
  /** A follow-up call back can be marked done from the list. */
  followUpTaskId?: string;
};

type Tenant = { id: string; slug: string; timeZone: string; firstResponseDays: number };

/**
 * A source of tasks. The installation requests give first responses, needs and follow-up call backs in
 * one SQL statement; another domain (the network's referrals awaiting an answer) adds its own source
 * here, reading only rows of `tenant.id` and honouring the scope, and a label under `workspace.tasks`.
 */
type TaskSource = (tenant: Tenant, scope: TaskScope, now: Date) => Promise<StaffTask[]>;

type Row = {
  kind: TaskKind;
  id: string;
  requestId: string;
  reference: string;
  firstName: string;
  lastName: string;
  ownerId: string | null;
  createdAt: Date | null;
  dueDate: Date | null;
  need: NeedType | null;
  months: number | null;
};

/** Whose tasks: the owner is the need's assignee, else the request's. "Mine" includes nobody's. */
function ownerFilter(owner: Prisma.Sql, scope: TaskScope): Prisma.Sql {
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "user") return Prisma.sql`${owner} = ${scope.userId}`;
  return Prisma.sql`(${owner} = ${scope.userId} OR ${owner} IS NULL)`;
}

const requestTasks: TaskSource = async (tenant, scope, now) => {
  const open = Prisma.join(OPEN_STAGES.map((s) => Prisma.sql`${s}::"RequestStage"`));
  const horizon = calendarDay(
    isoDayInTimeZone(new Date(now.getTime() + NEED_HORIZON_DAYS * 86_400_000), tenant.timeZone),
  );
  const rows = await db.$queryRaw<Row[]>`
    (SELECT 'firstResponse' AS kind, r.id, r.id AS "requestId", r.reference, r."firstName", r."lastName",
            r."assigneeId" AS "ownerId", r."createdAt", NULL::date AS "dueDate", NULL::text AS need, NULL::int AS months
       FROM "InstallationRequest" r
      WHERE r."tenantId" = ${tenant.id} AND r."anonymisedAt" IS NULL AND r."firstResponseAt" IS NULL
        AND r.stage IN (${open}) AND ${ownerFilter(Prisma.sql`r."assigneeId"`, scope)}
      ORDER BY r."createdAt" LIMIT ${PER_KIND})
    UNION ALL
    (SELECT 'need', n.id, r.id, r.reference, r."firstName", r."lastName",
            COALESCE(n."assigneeId", r."assigneeId"), NULL, n."dueDate", n.type::text, NULL
       FROM "RequestNeed" n JOIN "InstallationRequest" r ON r.id = n."requestId" AND r."tenantId" = n."tenantId"
      WHERE n."tenantId" = ${tenant.id} AND n.status IN ('TODO', 'IN_PROGRESS') AND n."dueDate" <= ${horizon}::date
        AND r."anonymisedAt" IS NULL AND r.stage IN (${open})
        AND ${ownerFilter(Prisma.sql`COALESCE(n."assigneeId", r."assigneeId")`, scope)}
      ORDER BY n."dueDate" LIMIT ${PER_KIND})
    UNION ALL
    (SELECT 'followUp', t.id, r.id, r.reference, r."firstName", r."lastName",
            r."assigneeId", NULL, t."dueDate", NULL, c.milestone
       FROM "FollowUpTask" t
       JOIN "InstallationRequest" r ON r.id = t."requestId" AND r."tenantId" = t."tenantId"
       JOIN "FollowUpCheckIn" c ON c.id = t."checkInId" AND c."tenantId" = t."tenantId"
      WHERE t."tenantId" = ${tenant.id} AND t."doneAt" IS NULL AND r."anonymisedAt" IS NULL
        AND ${ownerFilter(Prisma.sql`r."assigneeId"`, scope)}
      ORDER BY t."dueDate" LIMIT ${PER_KIND})`;
  const today = todayInTimeZone(tenant.timeZone, now);
  return rows.map((row) => {
    const responseDue = row.kind === "firstResponse" ? addWorkingDays(row.createdAt!, tenant.firstResponseDays) : null;
    const due = responseDue ? todayInTimeZone(tenant.timeZone, responseDue) : row.dueDate!;
    return {
      kind: row.kind,
      id: `${row.kind}:${row.id}`,
      requestId: row.requestId,
      reference: row.reference,
      name: `${row.firstName} ${row.lastName}`,
      ownerId: row.ownerId,
      due,
      overdue: responseDue ? responseDue < now : due < today,
      href: `/${tenant.slug}/admin/requests/${row.requestId}`,
      ...(row.need ? { need: row.need } : {}),
      ...(row.months !== null ? { months: Number(row.months) } : {}),
      ...(row.kind === "followUp" ? { followUpTaskId: row.id } : {}),
    };
  });
};

export const TASK_SOURCES: TaskSource[] = [requestTasks];

/** A staff member's tasks (or the team's), soonest due first. One statement per source. */
export async function listTasks(tenant: Tenant, scope: TaskScope, now = new Date()): Promise<StaffTask[]> {
  const lists = await Promise.all(TASK_SOURCES.map((source) => source(tenant, scope, now)));
  return lists
    .flat()
    .sort(
      (a, b) =>
        a.due.getTime() - b.due.getTime() ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.reference.localeCompare(b.reference),
    );
}

export function countTasks(tasks: StaffTask[]) {
  return { count: tasks.length, late: tasks.filter((t) => t.overdue).length };
}
