import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import { redactReferrals } from "@/lib/network/redact";
import type { Actor } from "@/lib/tenancy/actor";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { redactPersonTraces } from "./redact";
import { recordRequestEvent } from "./timeline";

/**
 * Erases the person from a request (GDPR) while keeping what the statistics need: profession, practice
 * mode, stage, dates, needs types and statuses. Messages and internal notes are deleted; the link stops working;
 * stored emails, audit rows, invitations and the timeline forget the person in the same transaction.
 */
export async function anonymiseRequest(actor: Actor, requestId: string): Promise<void> {
  const request = await db.installationRequest.findFirst({
    where: { id: requestId, tenantId: actor.tenant.id, anonymisedAt: null },
    select: { id: true, firstName: true, lastName: true, email: true, phone: true },
  });
  if (!request) throw new ActionError("errors.notFound");
  const anonymisedEmail = `anonyme+${request.id}@invalid`;
  await db.$transaction(async (tx) => {
    // A pending email change is deleted first, under its lock: a confirmation running at the same time
    // either finished (its timeline event is read below) or will find nothing.
    const pending = await tx.$queryRaw<{ newEmail: string }[]>`
      SELECT "newEmail" FROM "RequestEmailChange"
      WHERE "tenantId" = ${actor.tenant.id} AND "requestId" = ${request.id} FOR UPDATE`;
    await tx.requestEmailChange.deleteMany({ where: { tenantId: actor.tenant.id, requestId: request.id } });
    // Former addresses and phones live in the timeline (contact and email changes): gather them before erasing.
    const changes = await tx.requestEvent.findMany({
      where: {
        tenantId: actor.tenant.id,
        requestId: request.id,
        type: { in: ["contact.updated", "email.change_requested", "email.changed"] },
      },
      select: { data: true },
    });
    type Change = { email?: unknown; phone?: unknown; from?: { email?: unknown; phone?: unknown } };
    const former = changes.flatMap((c) => {
      const data = (c.data ?? {}) as Change;
      return [data, data.from ?? {}];
    });
    const strings = (values: unknown[]) => values.filter((v): v is string => typeof v === "string" && v !== "");
    const fullName = `${request.firstName} ${request.lastName}`;
    await redactPersonTraces(tx, actor.tenant.id, {
      emails: strings([request.email, ...pending.map((p) => p.newEmail), ...former.map((f) => f.email)]),
      phones: strings([request.phone, ...former.map((f) => f.phone)]),
      firstName: request.firstName,
      fullName,
      anonymisedEmail,
    });
    await tx.installationRequest.update({
      where: { id: request.id, tenantId: actor.tenant.id },
      data: {
        firstName: "Anonyme",
        lastName: "",
        email: anonymisedEmail,
        phone: "",
        specialty: null,
        currentCity: "",
        currentCountry: "",
        practiceArea: "",
        household: {},
        message: "",
        closingNote: null,
        trackingTokenHash: hashLinkToken(newLinkToken()),
        trackingRevokedAt: new Date(),
        anonymisedAt: new Date(),
        submitterIpHash: "",
      },
    });
    await tx.requestNeed.updateMany({
      where: { tenantId: actor.tenant.id, requestId: request.id },
      data: { details: {} },
    });
    await redactReferrals(tx, actor.tenant.id, request.id);
    await tx.requestMessage.deleteMany({ where: { tenantId: actor.tenant.id, requestId: request.id } });
    await tx.requestNote.deleteMany({ where: { tenantId: actor.tenant.id, requestId: request.id } });
    // Follow-up check-ins keep their scores and themes (indicators), never the person's own words.
    await tx.followUpCheckIn.updateMany({
      where: { tenantId: actor.tenant.id, requestId: request.id },
      data: { comment: "" },
    });
    // The timeline keeps what happened, not who: labels that name the person, and every event's data
    // except stage changes (needed for the statistics) are erased.
    await tx.requestEvent.updateMany({
      where: {
        tenantId: actor.tenant.id,
        requestId: request.id,
        OR: [{ actorId: null }, { actorLabel: { in: [request.firstName, fullName] } }],
      },
      data: { actorLabel: "Anonyme" },
    });
    await tx.requestEvent.updateMany({
      where: { tenantId: actor.tenant.id, requestId: request.id, type: { not: "stage.changed" } },
      data: { data: {} },
    });
    await recordRequestEvent(tx, {
      tenantId: actor.tenant.id,
      requestId: request.id,
      actorId: actor.user.id,
      actorLabel: actor.user.name ?? actor.user.email,
      type: "request.anonymised",
    });
  });
}
