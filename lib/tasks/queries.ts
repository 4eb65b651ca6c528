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

export type TaskKind = "firstResponse" | "need" | "followUp" | "referral";
/** On the same day: the newcomer waiting for a first answer first. */
const KIND_ORDER: TaskKind[] = ["firstResponse", "followUp", "referral", "need"];

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
  /** A referral awaiting an answer: the actor it was sent to. */
  actor?: string;
  /** A follow-up call back can be marked done from the list. */
  followUpTaskId?: string;
};

export type TaskTenant = {
  id: string;
  slug: string;
  timeZone: string;
  firstResponseDays: number;
  referralReminderDays: number;
};

type Row = {
  kind: TaskKind;
  id: string;
  requestId: string;
  reference: string;
  firstName: string;
  lastName: string;
  ownerId: string | null;
  /** When the clock started for a task due after working days (first response, referral sent). */
  startedAt: Date | null;
  dueDate: Date | null;
  need: NeedType | null;
  months: number | null;
  actor: string | null;
};

/**
 * A source of tasks: one SELECT giving the columns of `Row`, reading only rows of `tenant.id` and
 * honouring the scope. All sources run as one statement (UNION ALL): the dashboard's budget counts it once.
 * A new source also gives its label under `workspace.tasks` and, if its due day is counted in working
 * days, its delay in `workingDays` below.
 */
type TaskSource = (tenant: TaskTenant, scope: TaskScope, now: Date) => Prisma.Sql;

/** Whose tasks: the owner is the need's assignee, else the request's. "Mine" includes nobody's. */
function ownerFilter(owner: Prisma.Sql, scope: TaskScope): Prisma.Sql {
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "user") return Prisma.sql`${owner} = ${scope.userId}`;
  return Prisma.sql`(${owner} = ${scope.userId} OR ${owner} IS NULL)`;
}

const firstResponses: TaskSource = (tenant, scope) => {
  const open = Prisma.join(OPEN_STAGES.map((s) => Prisma.sql`${s}::"RequestStage"`));
  return Prisma.sql`
    (SELECT 'firstResponse' AS kind, r.id, r.id AS "requestId", r.reference, r."firstName", r."lastName",
            r."assigneeId" AS "ownerId", r."createdAt" AS "startedAt", NULL::date AS "dueDate", NULL::text AS need,
            NULL::int AS months, NULL::text AS actor
       FROM "InstallationRequest" r
      WHERE r."tenantId" = ${tenant.id} AND r."anonymisedAt" IS NULL AND r."firstResponseAt" IS NULL
        AND r.stage IN (${open}) AND ${ownerFilter(Prisma.sql`r."assigneeId"`, scope)}
      ORDER BY r."createdAt" LIMIT ${PER_KIND})`;
};

const needs: TaskSource = (tenant, scope, now) => {
  const open = Prisma.join(OPEN_STAGES.map((s) => Prisma.sql`${s}::"RequestStage"`));
  const horizon = calendarDay(
    isoDayInTimeZone(new Date(now.getTime() + NEED_HORIZON_DAYS * 86_400_000), tenant.timeZone),
  );
  return Prisma.sql`
    (SELECT 'need', n.id, r.id, r.reference, r."firstName", r."lastName",
            COALESCE(n."assigneeId", r."assigneeId"), NULL, n."dueDate", n.type::text, NULL, NULL
       FROM "RequestNeed" n JOIN "InstallationRequest" r ON r.id = n."requestId" AND r."tenantId" = n."tenantId"
      WHERE n."tenantId" = ${tenant.id} AND n.status IN ('TODO', 'IN_PROGRESS') AND n."dueDate" <= ${horizon}::date
        AND r."anonymisedAt" IS NULL AND r.stage IN (${open})
        AND ${ownerFilter(Prisma.sql`COALESCE(n."assigneeId", r."assigneeId")`, scope)}
      ORDER BY n."dueDate" LIMIT ${PER_KIND})`;
};

const followUps: TaskSource = (tenant, scope) => Prisma.sql`
    (SELECT 'followUp', t.id, r.id, r.reference, r."firstName", r."lastName",
            r."assigneeId", NULL, t."dueDate", NULL, c.milestone, NULL
       FROM "FollowUpTask" t
       JOIN "InstallationRequest" r ON r.id = t."requestId" AND r."tenantId" = t."tenantId"
       JOIN "FollowUpCheckIn" c ON c.id = t."checkInId" AND c."tenantId" = t."tenantId"
      WHERE t."tenantId" = ${tenant.id} AND t."doneAt" IS NULL AND r."anonymisedAt" IS NULL
        AND ${ownerFilter(Prisma.sql`r."assigneeId"`, scope)}
      ORDER BY t."dueDate" LIMIT ${PER_KIND})`;

/**
 * Referrals sent to a network actor (the introduction email left) that the actor has not answered: due
 * the tenant's "délai de réponse des acteurs" (working days) after sending, the day the daily digest
 * starts reminding. Whose: the request's assignee (who receives the answer), else who made the referral.
 */
const referrals: TaskSource = (tenant, scope) => Prisma.sql`
    (SELECT 'referral', f.id, r.id, r.reference, r."firstName", r."lastName",
            COALESCE(r."assigneeId", f."staffId"), f."contactedAt", NULL, NULL, NULL, a.name
       FROM "Referral" f
       JOIN "InstallationRequest" r ON r.id = f."requestId" AND r."tenantId" = f."tenantId"
       JOIN "NetworkActor" a ON a.id = f."actorId" AND a."tenantId" = f."tenantId"
      WHERE f."tenantId" = ${tenant.id} AND f.status = 'CONTACTED' AND f."contactedAt" IS NOT NULL
        AND r."anonymisedAt" IS NULL
        AND ${ownerFilter(Prisma.sql`COALESCE(r."assigneeId", f."staffId")`, scope)}
      ORDER BY f."contactedAt" LIMIT ${PER_KIND})`;

export const TASK_SOURCES: TaskSource[] = [firstResponses, needs, followUps, referrals];

/** Kinds whose due day is a delay in working days from `startedAt`. */
const workingDays: Partial<Record<TaskKind, (tenant: TaskTenant) => number>> = {
  firstResponse: (tenant) => tenant.firstResponseDays,
  referral: (tenant) => tenant.referralReminderDays,
};

function toTask(row: Row, { tenant, now, today }: { tenant: TaskTenant; now: Date; today: Date }): StaffTask {
  const delay = workingDays[row.kind];
  const dueAt = delay && row.startedAt ? addWorkingDays(row.startedAt, delay(tenant)) : null;
  const due = dueAt ? todayInTimeZone(tenant.timeZone, dueAt) : row.dueDate!;
  return {
    kind: row.kind,
    id: `${row.kind}:${row.id}`,
    requestId: row.requestId,
    reference: row.reference,
    name: `${row.firstName} ${row.lastName}`,
    ownerId: row.ownerId,
    due,
    overdue: dueAt ? dueAt < now : due < today,
    href: `/${tenant.slug}/admin/requests/${row.requestId}${row.kind === "referral" ? "#referrals" : ""}`,
    ...(row.need ? { need: row.need } : {}),
    ...(row.months !== null ? { months: Number(row.months) } : {}),
    ...(row.actor !== null ? { actor: row.actor } : {}),
    ...(row.kind === "followUp" ? { followUpTaskId: row.id } : {}),
  };
}

/** A staff member's tasks (or the team's), soonest due first: every source in one SQL statement. */
export async function listTasks(tenant: TaskTenant, scope: TaskScope, now = new Date()): Promise<StaffTask[]> {
  const parts = TASK_SOURCES.map((source) => source(tenant, scope, now));
  const rows = await db.$queryRaw<Row[]>`${Prisma.join(parts, " UNION ALL ")}`;
  const today = todayInTimeZone(tenant.timeZone, now);
  return rows
    .map((row) => toTask(row, { tenant, now, today }))
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
