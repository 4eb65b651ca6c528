import { db, type Tx } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import type { ActorAnswer, ReferralStatus } from "@/lib/generated/prisma/enums";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { staffRequestUrl } from "@/lib/requests/links";
import { isOpen } from "@/lib/requests/stages";
import { recordRequestEvent } from "@/lib/requests/timeline";
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken } from "@/lib/tokens";

import { actorAnsweredEmail, introductionEmail, orientationUrl } from "./emails";

export const ACTOR_LINK_DAYS = 30;

export type Staff = {
  tenant: { id: string; slug: string; name: string };
  user: { id: string; name: string | null; email: string };
};
type Tenant = { id: string; slug: string; name: string };

const label = (staff: Staff) => staff.user.name ?? staff.user.email;

/** What the newcomer is asked to share: identity, profession, arrival, that need's details. Never notes. */
export type SharedDetails = {
  firstName: string;
  lastName: string;
  profession: string;
  arrivalDate: string | null;
  needType: string;
  needDetails: Record<string, unknown>;
};

function withoutNotes(details: unknown): Record<string, unknown> {
  const { notes: _notes, ...rest } = (details ?? {}) as Record<string, unknown>;
  return rest;
}

/** "Orienter": a proposal, nothing leaves before the newcomer's consent. */
export async function proposeReferral(
  staff: Staff,
  input: { needId: string; actorId: string; contactId?: string },
): Promise<{ id: string }> {
  const tenantId = staff.tenant.id;
  return db.$transaction(async (tx) => {
    const need = await tx.requestNeed.findFirst({
      where: { id: input.needId, tenantId, request: { anonymisedAt: null } },
      select: {
        id: true,
        type: true,
        details: true,
        request: {
          select: {
            id: true,
            stage: true,
            firstName: true,
            lastName: true,
            profession: true,
            desiredArrivalDate: true,
          },
        },
      },
    });
    if (!need || !isOpen(need.request.stage)) throw new ActionError("errors.notFound");
    const actor = await tx.networkActor.findFirst({
      where: { id: input.actorId, tenantId },
      select: { id: true, name: true },
    });
    if (!actor) throw new ActionError("errors.notFound");
    const contact = input.contactId
      ? await tx.networkContact.findFirst({
          where: { id: input.contactId, tenantId, actorId: actor.id },
          select: { id: true },
        })
      : null;
    if (input.contactId && !contact) throw new ActionError("errors.notFound");
    const open = await tx.referral.count({
      where: {
        tenantId,
        needId: need.id,
        actorId: actor.id,
        status: { in: ["PROPOSED", "CONTACTED", "ANSWERED"] },
        consent: { not: "DECLINED" },
      },
    });
    if (open > 0) throw new ActionError("network.errors.alreadyReferred");
    const shared: SharedDetails = {
      firstName: need.request.firstName,
      lastName: need.request.lastName,
      profession: need.request.profession,
      arrivalDate: need.request.desiredArrivalDate?.toISOString().slice(0, 10) ?? null,
      needType: need.type,
      // The need's free notes stay with the team: only its structured details are shared.
      needDetails: withoutNotes(need.details),
    };
    const referral = await tx.referral.create({
      data: {
        tenantId,
        requestId: need.request.id,
        needId: need.id,
        actorId: actor.id,
        contactId: contact?.id ?? null,
        staffId: staff.user.id,
        sharedDetails: shared as never,
      },
      select: { id: true },
    });
    await recordRequestEvent(tx, {
      tenantId,
      requestId: need.request.id,
      actorId: staff.user.id,
      actorLabel: label(staff),
      type: "referral.proposed",
      data: { referralId: referral.id, actor: actor.name, needType: need.type },
      public: true,
    });
    return referral;
  });
}

/** A referral of the tenant, locked for the change; another tenant's id is not found. */
async function lockReferral(tx: Tx, tenantId: string, referralId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Referral" WHERE "id" = ${referralId} AND "tenantId" = ${tenantId} FOR UPDATE`;
  if (!locked.length) throw new ActionError("errors.notFound");
  return tx.referral.findUniqueOrThrow({
    where: { id: referralId },
    include: {
      actor: { select: { id: true, name: true, email: true } },
      contact: { select: { name: true, email: true } },
      request: { select: { id: true, reference: true, anonymisedAt: true, stage: true, assigneeId: true } },
    },
  });
}

async function recordConsent(
  tx: Tx,
  { tenantId, referralId, accept }: { tenantId: string; referralId: string; accept: boolean },
  by: { channel: "TRACKING_PAGE" | "PHONE"; actorId: string | null; actorLabel: string },
) {
  const referral = await lockReferral(tx, tenantId, referralId);
  if (referral.request.anonymisedAt) throw new ActionError("errors.notFound");
  if (referral.consent !== "PENDING" || referral.status !== "PROPOSED")
    throw new ActionError("network.errors.consentAlreadyGiven");
  await tx.referral.update({
    where: { id: referral.id },
    data: {
      consent: accept ? "ACCEPTED" : "DECLINED",
      consentChannel: by.channel,
      consentAt: new Date(),
      ...(accept ? {} : { closedAt: new Date() }),
    },
  });
  await recordRequestEvent(tx, {
    tenantId,
    requestId: referral.request.id,
    actorId: by.actorId,
    actorLabel: by.actorLabel,
    type: accept ? "referral.consented" : "referral.declined",
    data: { referralId: referral.id, actor: referral.actor.name, channel: by.channel },
    public: true,
    audit: true,
  });
}

/** The newcomer, on the tracking page: the tracking token is the credential. */
export async function consentAsNewcomer(
  tenant: Tenant,
  token: string,
  { referralId, accept }: { referralId: string; accept: boolean },
) {
  if (!LINK_TOKEN_PATTERN.test(token)) throw new ActionError("errors.notFound");
  const request = await db.installationRequest.findFirst({
    where: {
      tenantId: tenant.id,
      trackingTokenHash: hashLinkToken(token),
      trackingRevokedAt: null,
      anonymisedAt: null,
    },
    select: { id: true, firstName: true, lastName: true },
  });
  if (!request) throw new ActionError("errors.notFound");
  const owned = await db.referral.findFirst({ where: { id: referralId, tenantId: tenant.id, requestId: request.id } });
  if (!owned) throw new ActionError("errors.notFound");
  await db.$transaction((tx) =>
    recordConsent(
      tx,
      { tenantId: tenant.id, referralId, accept },
      {
        channel: "TRACKING_PAGE",
        actorId: null,
        actorLabel: `${request.firstName} ${request.lastName}`,
      },
    ),
  );
}

/** Staff record a consent (or a refusal) given by phone. */
export async function recordPhoneConsent(staff: Staff, referralId: string, accept: boolean) {
  await db.$transaction((tx) =>
    recordConsent(
      tx,
      { tenantId: staff.tenant.id, referralId, accept },
      {
        channel: "PHONE",
        actorId: staff.user.id,
        actorLabel: label(staff),
      },
    ),
  );
}

/**
 * With consent only: the introduction email leaves through the outbox in the same transaction, with a
 * private link for the actor (only its hash is kept, 30 days, revocable). Sending again renews the link.
 */
export async function introduceReferral(staff: Staff, referralId: string) {
  const tenantId = staff.tenant.id;
  await db.$transaction(async (tx) => {
    const referral = await lockReferral(tx, tenantId, referralId);
    if (referral.request.anonymisedAt || !isOpen(referral.request.stage)) throw new ActionError("errors.notFound");
    if (referral.consent !== "ACCEPTED") throw new ActionError("network.errors.consentRequired");
    if (!["PROPOSED", "CONTACTED"].includes(referral.status)) throw new ActionError("network.errors.alreadyAnswered");
    const to = referral.contact?.email || referral.actor.email;
    if (!to) throw new ActionError("network.errors.noEmail");
    const token = newLinkToken();
    const now = new Date();
    await tx.referral.update({
      where: { id: referral.id },
      data: {
        status: "CONTACTED",
        contactedAt: now,
        actorTokenHash: hashLinkToken(token),
        actorTokenExpiresAt: new Date(now.getTime() + ACTOR_LINK_DAYS * 86_400_000),
        actorTokenRevokedAt: null,
      },
    });
    await tx.networkActor.update({ where: { id: referral.actor.id, tenantId }, data: { lastContactedAt: now } });
    const shared = referral.sharedDetails as SharedDetails;
    await queueTenantEmail(tx, {
      tenantId,
      kind: "referral.introduction",
      to,
      ...introductionEmail({
        tenantName: staff.tenant.name,
        recipientName: referral.contact?.name ?? referral.actor.name,
        newcomer: `${shared.firstName} ${shared.lastName}`,
        needType: shared.needType,
        staffName: label(staff),
        url: orientationUrl(staff.tenant.slug, token),
        days: ACTOR_LINK_DAYS,
      }),
    });
    await recordRequestEvent(tx, {
      tenantId,
      requestId: referral.request.id,
      actorId: staff.user.id,
      actorLabel: label(staff),
      type: "referral.contacted",
      data: { referralId: referral.id, actor: referral.actor.name },
      public: true,
    });
  });
}

export async function revokeActorLink(staff: Staff, referralId: string) {
  await db.$transaction(async (tx) => {
    const referral = await lockReferral(tx, staff.tenant.id, referralId);
    if (!referral.actorTokenHash || referral.actorTokenRevokedAt) throw new ActionError("network.errors.noLink");
    await tx.referral.update({ where: { id: referral.id }, data: { actorTokenRevokedAt: new Date() } });
    await recordRequestEvent(tx, {
      tenantId: staff.tenant.id,
      requestId: referral.request.id,
      actorId: staff.user.id,
      actorLabel: label(staff),
      type: "referral.linkRevoked",
      data: { referralId: referral.id, actor: referral.actor.name },
    });
  });
}

/** Staff close a referral with its outcome. */
export async function setReferralOutcome(
  staff: Staff,
  referralId: string,
  status: Extract<ReferralStatus, "HELPED" | "COULD_NOT_HELP" | "NO_ANSWER">,
) {
  await db.$transaction(async (tx) => {
    const referral = await lockReferral(tx, staff.tenant.id, referralId);
    if (referral.consent !== "ACCEPTED" || referral.status === "PROPOSED")
      throw new ActionError("network.errors.notContacted");
    await tx.referral.update({ where: { id: referral.id }, data: { status, closedAt: new Date() } });
    await recordRequestEvent(tx, {
      tenantId: staff.tenant.id,
      requestId: referral.request.id,
      actorId: staff.user.id,
      actorLabel: label(staff),
      type: "referral.outcome",
      data: { referralId: referral.id, actor: referral.actor.name, status },
      public: true,
    });
  });
}

/**
 * The actor's private link: any bad token (malformed, unknown, expired, revoked, other tenant, request
 * anonymised) is the same "not found". Only what was shared is returned.
 */
export async function findReferralByToken(tenantId: string, token: string, now = new Date()) {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  return db.referral.findFirst({
    where: {
      tenantId,
      actorTokenHash: hashLinkToken(token),
      actorTokenRevokedAt: null,
      actorTokenExpiresAt: { gt: now },
      consent: "ACCEPTED",
      request: { anonymisedAt: null },
    },
    select: {
      id: true,
      status: true,
      sharedDetails: true,
      actorAnswer: true,
      actorMessage: true,
      answeredAt: true,
      actor: { select: { name: true } },
    },
  });
}

/** The actor answers without an account; the staff are told (timeline and email), the newcomer sees it. */
export async function answerAsActor(
  tenant: Tenant,
  token: string,
  { answer, message }: { answer: ActorAnswer; message: string },
) {
  const found = await findReferralByToken(tenant.id, token);
  if (!found) throw new ActionError("errors.notFound");
  await db.$transaction(async (tx) => {
    const referral = await lockReferral(tx, tenant.id, found.id);
    if (!["CONTACTED", "ANSWERED"].includes(referral.status)) throw new ActionError("network.errors.closed");
    await tx.referral.update({
      where: { id: referral.id },
      data: {
        status: "ANSWERED",
        actorAnswer: answer === "MESSAGE" ? (referral.actorAnswer ?? "MESSAGE") : answer,
        actorMessage: message,
        answeredAt: new Date(),
      },
    });
    await recordRequestEvent(tx, {
      tenantId: tenant.id,
      requestId: referral.request.id,
      actorId: null,
      actorLabel: referral.actor.name,
      type: "referral.answered",
      data: { referralId: referral.id, actor: referral.actor.name, answer },
      public: true,
    });
    const recipients = referral.request.assigneeId
      ? await tx.user.findMany({ where: { id: referral.request.assigneeId }, select: { email: true, locale: true } })
      : (
          await tx.membership.findMany({
            where: { tenantId: tenant.id, status: "ACTIVE", role: "COORDINATOR" },
            select: { user: { select: { email: true, locale: true } } },
          })
        ).map((m) => m.user);
    for (const recipient of recipients) {
      await queueTenantEmail(tx, {
        tenantId: tenant.id,
        kind: "referral.answered",
        to: recipient.email,
        ...actorAnsweredEmail({
          locale: recipient.locale,
          actor: referral.actor.name,
          reference: referral.request.reference,
          answer,
          message,
          requestUrl: staffRequestUrl(tenant.slug, referral.request.id),
        }),
      });
    }
  });
}
