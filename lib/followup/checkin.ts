import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import type { FollowUpTheme } from "@/lib/generated/prisma/enums";
import { todayInTimeZone } from "@/lib/i18n/format";
import { addWorkingDays } from "@/lib/requests/stages";
import { hashLinkToken, LINK_TOKEN_PATTERN } from "@/lib/tokens";

import { CALL_BACK_WORKING_DAYS, needsCallBack } from "./schemas";

type Tenant = { id: string; timeZone: string };

/**
 * The check-in a link opens, or null: a malformed, unknown, expired or other tenant's token, or a
 * request since anonymised, are all the same "not found".
 */
export async function findCheckInByToken(tenantId: string, token: string, now = new Date()) {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  return db.followUpCheckIn.findFirst({
    where: { tokenHash: hashLinkToken(token), tenantId, expiresAt: { gt: now }, request: { anonymisedAt: null } },
    select: {
      id: true,
      requestId: true,
      milestone: true,
      expiresAt: true,
      answeredAt: true,
      settledScore: true,
      wantsToTalk: true,
      request: { select: { firstName: true, checkInsStoppedAt: true } },
    },
  });
}

async function checkInOrNotFound(tenant: Tenant, token: string, now: Date) {
  const checkIn = await findCheckInByToken(tenant.id, token, now);
  if (!checkIn) throw new ActionError("errors.notFound");
  return checkIn;
}

/**
 * Records the answers once. A low score or a wish to talk creates the staff's call back, due in
 * 5 working days (calendar days of the CPTS), in the same transaction.
 */
export async function answerCheckIn(
  tenant: Tenant,
  input: { token: string; settledScore: number; difficulties: FollowUpTheme[]; wantsToTalk: boolean; comment: string },
  now = new Date(),
): Promise<{ callBack: boolean }> {
  const checkIn = await checkInOrNotFound(tenant, input.token, now);
  const callBack = needsCallBack(input);
  await db.$transaction(async (tx) => {
    // Conditional on "not answered yet": two submissions at once record one answer.
    const updated = await tx.followUpCheckIn.updateMany({
      where: { id: checkIn.id, tenantId: tenant.id, answeredAt: null },
      data: {
        answeredAt: now,
        settledScore: input.settledScore,
        difficulties: [...new Set(input.difficulties)],
        wantsToTalk: input.wantsToTalk,
        comment: input.comment,
      },
    });
    if (updated.count === 0) throw new ActionError("followUp.errors.alreadyAnswered");
    if (callBack) {
      await tx.followUpTask.create({
        data: {
          tenantId: tenant.id,
          requestId: checkIn.requestId,
          checkInId: checkIn.id,
          dueDate: addWorkingDays(todayInTimeZone(tenant.timeZone, now), CALL_BACK_WORKING_DAYS),
        },
      });
    }
    await recordAudit(tx, {
      tenantId: tenant.id,
      actorId: null,
      action: "followUp.answered",
      targetType: "InstallationRequest",
      targetId: checkIn.requestId,
      details: { milestone: checkIn.milestone, settledScore: input.settledScore, callBack },
    });
  });
  return { callBack };
}

/** "No more check-ins", from any valid check-in link of the person. */
export async function stopCheckIns(tenant: Tenant, token: string, now = new Date()): Promise<void> {
  const checkIn = await checkInOrNotFound(tenant, token, now);
  await db.$transaction(async (tx) => {
    const updated = await tx.installationRequest.updateMany({
      where: { id: checkIn.requestId, tenantId: tenant.id, checkInsStoppedAt: null },
      data: { checkInsStoppedAt: now },
    });
    if (updated.count === 0) return;
    await recordAudit(tx, {
      tenantId: tenant.id,
      actorId: null,
      action: "followUp.stopped",
      targetType: "InstallationRequest",
      targetId: checkIn.requestId,
    });
  });
}

/** The staff called the person back. */
export async function completeFollowUpTask(
  actor: { tenant: { id: string }; user: { id: string } },
  taskId: string,
  now = new Date(),
): Promise<{ requestId: string }> {
  const task = await db.followUpTask.findFirst({
    where: { id: taskId, tenantId: actor.tenant.id },
    select: { id: true, requestId: true, doneAt: true },
  });
  if (!task) throw new ActionError("errors.notFound");
  await db.$transaction(async (tx) => {
    const updated = await tx.followUpTask.updateMany({
      where: { id: task.id, tenantId: actor.tenant.id, doneAt: null },
      data: { doneAt: now },
    });
    if (updated.count === 0) return;
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "followUp.callBackDone",
      targetType: "InstallationRequest",
      targetId: task.requestId,
    });
  });
  return { requestId: task.requestId };
}
