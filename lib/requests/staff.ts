import { db } from "@/lib/db";
import { releaseNewcomerSeats } from "@/lib/events/registration";
import { ActionError } from "@/lib/forms/result";
import type { ClosingReason, NeedStatus, RequestStage } from "@/lib/generated/prisma/enums";
import { createInvitation } from "@/lib/invitations/service";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { assignmentEmail, requestReceivedEmail, staffMessageEmail } from "@/lib/mail/templates/requests";
import type { Actor } from "@/lib/tenancy/actor";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { staffRequestUrl, tenantPublicUrl, trackingUrl } from "./links";
import { checkStageChange } from "./stages";
import { recordRequestEvent } from "./timeline";

const label = (actor: Actor) => actor.user.name ?? actor.user.email;

/** A request of the actor's tenant, or a not-found error: ids from another tenant are never found. */
async function requestInTenant(actor: Actor, requestId: string) {
  const request = await db.installationRequest.findFirst({
    where: { id: requestId, tenantId: actor.tenant.id, anonymisedAt: null },
    select: {
      id: true,
      stage: true,
      reference: true,
      firstName: true,
      lastName: true,
      email: true,
      firstResponseAt: true,
      locale: true,
      assigneeId: true,
    },
  });
  if (!request) throw new ActionError("errors.notFound");
  return request;
}

export async function changeStage(
  actor: Actor,
  requestId: string,
  change: { to: RequestStage; closingReason?: ClosingReason | null; closingNote?: string },
) {
  const request = await requestInTenant(actor, requestId);
  const decision = checkStageChange(request.stage, change);
  if (!decision.ok) throw new ActionError(decision.messageKey);
  const now = new Date();
  await db.$transaction(async (tx) => {
    // Conditional on the stage we checked: a concurrent change makes this one fail instead of skipping rules.
    const moved = await tx.installationRequest.updateMany({
      where: { id: request.id, tenantId: actor.tenant.id, stage: request.stage },
      data: {
        stage: change.to,
        stageChangedAt: now,
        ...(change.to === "INSTALLED" ? { installedAt: now } : {}),
        ...(change.to === "CLOSED"
          ? { closedAt: now, closingReason: change.closingReason, closingNote: change.closingNote || null }
          : {}),
        ...(change.to === "NEW" && request.stage === "CLOSED"
          ? { closedAt: null, closingReason: null, closingNote: null }
          : {}),
      },
    });
    if (moved.count === 0) throw new ActionError("requests.errors.changedMeanwhile");
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: request.id,
      actorId: actor.user.id,
      actorLabel: label(actor),
      type: "stage.changed",
      data: { from: request.stage, to: change.to, closingReason: change.closingReason ?? null },
      public: true,
    });
    if (change.to === "CLOSED") await releaseNewcomerSeats(tx, actor, { requestId: request.id, now });
    if (change.to === "MEMBER") {
      // The commitment fulfilled: the newcomer is invited to the member portal.
      // Someone with a membership already (active, or suspended/removed by a coordinator) gets no invitation.
      const alreadyMember = await tx.membership.findFirst({
        where: { tenantId: actor.tenant.id, user: { email: request.email } },
      });
      if (!alreadyMember) {
        await createInvitation(tx, {
          tenant: actor.tenant,
          email: request.email,
          role: "MEMBER",
          invitedBy: actor.user,
          inviterRole: null,
        });
      }
    }
  });
}

export async function sendStaffMessage(actor: Actor, requestId: string, body: string) {
  const request = await requestInTenant(actor, requestId);
  await db.$transaction(async (tx) => {
    await tx.requestMessage.create({
      data: { tenantId: actor.tenant.id, requestId: request.id, author: "STAFF", authorUserId: actor.user.id, body },
    });
    if (!request.firstResponseAt)
      await tx.installationRequest.update({ where: { id: request.id }, data: { firstResponseAt: new Date() } });
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: request.id,
      actorId: actor.user.id,
      actorLabel: label(actor),
      type: "message.staff",
    });
    await queueTenantEmail(tx, {
      tenantId: actor.tenant.id,
      kind: "request.message",
      to: request.email,
      ...staffMessageEmail({
        locale: request.locale,
        tenantName: actor.tenant.name,
        firstName: request.firstName,
        reference: request.reference,
        body,
        tenantUrl: tenantPublicUrl(actor.tenant.slug),
      }),
    });
  });
}

/** Flags a request the team must handle first (an imminent arrival, a fragile situation): staff only. */
export async function setPriority(actor: Actor, requestId: string, priority: boolean) {
  const request = await requestInTenant(actor, requestId);
  await db.$transaction(async (tx) => {
    await tx.installationRequest.update({ where: { id: request.id, tenantId: actor.tenant.id }, data: { priority } });
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: request.id,
      actorId: actor.user.id,
      actorLabel: label(actor),
      type: priority ? "priority.set" : "priority.cleared",
    });
  });
}

export async function addNote(actor: Actor, requestId: string, body: string) {
  const request = await requestInTenant(actor, requestId);
  await db.$transaction(async (tx) => {
    await tx.requestNote.create({
      data: { tenantId: actor.tenant.id, requestId: request.id, authorId: actor.user.id, body },
    });
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: request.id,
      actorId: actor.user.id,
      actorLabel: label(actor),
      type: "note.added",
    });
  });
}

export async function updateNeed(
  actor: Actor,
  needId: string,
  input: { status: NeedStatus; assigneeId: string | null; dueDate: string | null },
) {
  const need = await db.requestNeed.findFirst({
    where: { id: needId, tenantId: actor.tenant.id },
    select: { id: true, requestId: true, type: true, status: true },
  });
  if (!need) throw new ActionError("errors.notFound");
  if (input.assigneeId) await assertStaffOfTenant(actor.tenant.id, input.assigneeId);
  await db.$transaction(async (tx) => {
    await tx.requestNeed.update({
      where: { id: need.id, tenantId: actor.tenant.id },
      data: {
        status: input.status,
        assigneeId: input.assigneeId,
        dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
      },
    });
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: need.requestId,
      actorId: actor.user.id,
      actorLabel: label(actor),
      type: "need.updated",
      data: { needType: need.type, from: need.status, to: input.status },
      public: need.status !== input.status,
    });
  });
}

async function assertStaffOfTenant(tenantId: string, userId: string) {
  const staff = await db.membership.findFirst({
    where: { tenantId, userId, status: "ACTIVE", role: { in: ["COORDINATOR", "STAFF"] } },
  });
  if (!staff) throw new ActionError("requests.errors.assigneeNotStaff", "assigneeId");
}

export async function assignRequest(actor: Actor, requestId: string, assigneeId: string | null) {
  const request = await requestInTenant(actor, requestId);
  const assignee = assigneeId
    ? await db.user.findUnique({ where: { id: assigneeId }, select: { id: true, email: true, locale: true } })
    : null;
  if (assigneeId) await assertStaffOfTenant(actor.tenant.id, assigneeId);
  await db.$transaction(async (tx) => {
    await tx.installationRequest.update({ where: { id: request.id, tenantId: actor.tenant.id }, data: { assigneeId } });
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: request.id,
      actorId: actor.user.id,
      actorLabel: label(actor),
      type: "request.assigned",
      data: { assigneeId },
    });
    if (assignee && assignee.id !== actor.user.id) {
      await queueTenantEmail(tx, {
        tenantId: actor.tenant.id,
        kind: "request.assigned",
        to: assignee.email,
        ...assignmentEmail({
          locale: assignee.locale,
          reference: request.reference,
          applicant: `${request.firstName} ${request.lastName}`,
          requestUrl: staffRequestUrl(actor.tenant.slug, request.id),
        }),
      });
    }
  });
}

/** Replaces the tracking link (the old one stops working at once) and emails the new one. */
export async function reissueTrackingLink(actor: Actor, requestId: string) {
  const request = await requestInTenant(actor, requestId);
  const token = newLinkToken();
  await db.$transaction(async (tx) => {
    await tx.installationRequest.update({
      where: { id: request.id, tenantId: actor.tenant.id },
      data: { trackingTokenHash: hashLinkToken(token), trackingRevokedAt: null },
    });
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: request.id,
      actorId: actor.user.id,
      actorLabel: label(actor),
      type: "tracking.reissued",
    });
    await queueTenantEmail(tx, {
      tenantId: actor.tenant.id,
      kind: "request.tracking",
      to: request.email,
      ...requestReceivedEmail({
        locale: request.locale,
        tenantName: actor.tenant.name,
        firstName: request.firstName,
        reference: request.reference,
        trackingUrl: trackingUrl(actor.tenant.slug, token),
        firstResponseDays: actor.tenant.firstResponseDays,
      }),
    });
  });
}

export async function revokeTrackingLink(actor: Actor, requestId: string) {
  const request = await requestInTenant(actor, requestId);
  await db.$transaction(async (tx) => {
    await tx.installationRequest.update({
      where: { id: request.id, tenantId: actor.tenant.id },
      data: { trackingRevokedAt: new Date() },
    });
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: request.id,
      actorId: actor.user.id,
      actorLabel: label(actor),
      type: "tracking.revoked",
    });
  });
}
