import { db } from "@/lib/db";
import { releaseNewcomerSeats } from "@/lib/events/registration";
import { ActionError } from "@/lib/forms/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { newcomerReplyEmail } from "@/lib/mail/templates/requests";
import { hashLinkToken, LINK_TOKEN_PATTERN } from "@/lib/tokens";

import { askEmailChange } from "./email-change";
import { staffRequestUrl } from "./links";
import { isOpen } from "./stages";
import { recordRequestEvent } from "./timeline";

type Tenant = { id: string; slug: string; name: string; timeZone: string };

/** What the newcomer may see: never internal notes, never staff-only events. */
export const trackedRequestSelect = {
  id: true,
  reference: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  stage: true,
  createdAt: true,
  desiredArrivalDate: true,
  closingReason: true,
  deletionRequestedAt: true,
  locale: true,
  emailChange: { select: { newEmail: true, expiresAt: true } },
  needs: { select: { id: true, type: true, status: true, dueDate: true }, orderBy: { createdAt: "asc" } },
  messages: {
    select: { id: true, author: true, body: true, createdAt: true },
    orderBy: { createdAt: "asc" },
    take: 200,
  },
  events: {
    where: { public: true },
    select: { id: true, type: true, data: true, createdAt: true },
    orderBy: { createdAt: "asc" },
    take: 200,
  },
} satisfies Prisma.InstallationRequestSelect;

/** The request a tracking link opens (unknown, revoked, malformed or other-tenant tokens: null). */
export function trackedRequestWhere(tenantId: string, token: string): Prisma.InstallationRequestWhereInput | null {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  return { tenantId, trackingTokenHash: hashLinkToken(token), trackingRevokedAt: null, anonymisedAt: null };
}

export async function findTrackedRequest(tenantId: string, token: string) {
  const where = trackedRequestWhere(tenantId, token);
  if (!where) return null;
  return db.installationRequest.findFirst({ where, select: trackedRequestSelect });
}

async function requireTracked(tenantId: string, token: string) {
  const request = await findTrackedRequest(tenantId, token);
  if (!request) throw new ActionError("errors.notFound");
  return request;
}

export const NEWCOMER_REPLIES_PER_HOUR = 10;

export async function replyAsNewcomer(tenant: Tenant, token: string, body: string) {
  const request = await requireTracked(tenant.id, token);
  const recipients = await db.installationRequest.findUniqueOrThrow({
    where: { id: request.id },
    select: { assignee: { select: { email: true, locale: true } } },
  });
  const staffEmails = recipients.assignee
    ? [recipients.assignee]
    : (
        await db.membership.findMany({
          where: { tenantId: tenant.id, status: "ACTIVE", role: "COORDINATOR" },
          select: { user: { select: { email: true, locale: true } } },
        })
      ).map((m) => m.user);
  const applicant = `${request.firstName} ${request.lastName}`;
  await db.$transaction(async (tx) => {
    // Each reply emails the staff: a limit per request and hour, counted under a lock in this transaction.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reply:${request.id}`}, 0))`;
    const recent = await tx.requestMessage.count({
      where: {
        tenantId: tenant.id,
        requestId: request.id,
        author: "NEWCOMER",
        createdAt: { gt: new Date(Date.now() - 60 * 60 * 1000) },
      },
    });
    if (recent >= NEWCOMER_REPLIES_PER_HOUR) throw new ActionError("requests.errors.tooManyMessages");
    await tx.requestMessage.create({ data: { tenantId: tenant.id, requestId: request.id, author: "NEWCOMER", body } });
    await recordRequestEvent(tx, {
      tenantId: tenant.id,
      requestId: request.id,
      actorId: null,
      actorLabel: applicant,
      type: "message.newcomer",
      audit: false,
    });
    for (const recipient of staffEmails) {
      await queueTenantEmail(tx, {
        tenantId: tenant.id,
        kind: "request.reply",
        to: recipient.email,
        ...newcomerReplyEmail({
          locale: recipient.locale,
          reference: request.reference,
          applicant,
          requestUrl: staffRequestUrl(tenant.slug, request.id),
        }),
      });
    }
  });
}

/**
 * Phone and arrival date change at once; a new email address only once it confirms by link
 * (lib/requests/email-change.ts). Says whether an address change now awaits confirmation.
 */
export async function updateContactAsNewcomer(
  tenant: Tenant,
  token: string,
  input: { email: string; phone: string; desiredArrivalDate?: string },
): Promise<{ emailChangePending: boolean }> {
  const request = await requireTracked(tenant.id, token);
  const desiredArrivalDate = input.desiredArrivalDate ? new Date(`${input.desiredArrivalDate}T00:00:00Z`) : null;
  const newEmail = input.email.toLowerCase() !== request.email.toLowerCase() ? input.email : null;
  const contactChanged =
    input.phone !== request.phone || desiredArrivalDate?.getTime() !== request.desiredArrivalDate?.getTime();
  await db.$transaction(async (tx) => {
    if (contactChanged) {
      await tx.installationRequest.update({
        where: { id: request.id, tenantId: tenant.id },
        data: { phone: input.phone, desiredArrivalDate },
      });
      await recordRequestEvent(tx, {
        tenantId: tenant.id,
        requestId: request.id,
        actorId: null,
        actorLabel: `${request.firstName} ${request.lastName}`,
        type: "contact.updated",
        // The former values too: anonymisation must find every address and phone the person ever gave.
        data: {
          phone: input.phone,
          desiredArrivalDate: input.desiredArrivalDate ?? null,
          from: { phone: request.phone },
        },
        public: true,
        audit: false,
      });
    }
    if (newEmail) await askEmailChange(tx, tenant, { request, newEmail });
  });
  return { emailChangePending: newEmail !== null };
}

export async function withdrawAsNewcomer(tenant: Tenant, token: string) {
  const request = await requireTracked(tenant.id, token);
  if (!isOpen(request.stage)) throw new ActionError("requests.errors.notOpen");
  await db.$transaction(async (tx) => {
    const moved = await tx.installationRequest.updateMany({
      where: { id: request.id, tenantId: tenant.id, stage: request.stage },
      data: { stage: "CLOSED", closingReason: "WITHDRAWN", closedAt: new Date(), stageChangedAt: new Date() },
    });
    if (moved.count === 0) throw new ActionError("requests.errors.changedMeanwhile");
    await recordRequestEvent(tx, {
      tenantId: tenant.id,
      requestId: request.id,
      actorId: null,
      actorLabel: `${request.firstName} ${request.lastName}`,
      type: "stage.changed",
      data: { from: request.stage, to: "CLOSED", closingReason: "WITHDRAWN" },
      public: true,
    });
    await releaseNewcomerSeats(tx, { tenant }, { requestId: request.id });
  });
}

export async function requestDeletionAsNewcomer(tenant: Tenant, token: string) {
  const request = await requireTracked(tenant.id, token);
  if (request.deletionRequestedAt) return;
  await db.$transaction(async (tx) => {
    await tx.installationRequest.update({
      where: { id: request.id, tenantId: tenant.id },
      data: { deletionRequestedAt: new Date() },
    });
    await recordRequestEvent(tx, {
      tenantId: tenant.id,
      requestId: request.id,
      actorId: null,
      actorLabel: `${request.firstName} ${request.lastName}`,
      type: "deletion.requested",
      public: true,
    });
  });
}
