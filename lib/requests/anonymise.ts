import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { recordRequestEvent } from "./events";

/**
 * Erases the person from a request (GDPR) while keeping what the statistics need: profession, practice
 * mode, stage, dates, needs types and statuses. Messages and internal notes are deleted; the link stops working.
 */
export async function anonymiseRequest(
  actor: { tenantId: string; userId: string; label: string },
  requestId: string,
): Promise<void> {
  const request = await db.installationRequest.findFirst({
    where: { id: requestId, tenantId: actor.tenantId, anonymisedAt: null },
    select: { id: true },
  });
  if (!request) throw new ActionError("errors.notFound");
  await db.$transaction(async (tx) => {
    await tx.installationRequest.update({
      where: { id: request.id, tenantId: actor.tenantId },
      data: {
        firstName: "Anonyme",
        lastName: "",
        email: `anonyme+${request.id}@invalid`,
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
      where: { tenantId: actor.tenantId, requestId: request.id },
      data: { details: {} },
    });
    await tx.requestMessage.deleteMany({ where: { tenantId: actor.tenantId, requestId: request.id } });
    await tx.requestNote.deleteMany({ where: { tenantId: actor.tenantId, requestId: request.id } });
    await tx.requestEvent.updateMany({
      where: { tenantId: actor.tenantId, requestId: request.id, actorId: null },
      data: { actorLabel: "Anonyme" },
    });
    await recordRequestEvent(tx, {
      tenantId: actor.tenantId,
      requestId: request.id,
      actorId: actor.userId,
      actorLabel: actor.label,
      type: "request.anonymised",
    });
  });
}
