import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { requestReceivedEmail } from "@/lib/mail/templates/requests";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { trackingUrl } from "./links";
import { recordRequestEvent } from "./timeline";

/** The requests made with the signed-in person's email, across every CPTS. */
export async function listMyRequests(email: string) {
  return db.installationRequest.findMany({
    where: { email: email.toLowerCase(), anonymisedAt: null },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      reference: true,
      stage: true,
      createdAt: true,
      tenant: { select: { name: true, slug: true, timeZone: true } },
      needs: { select: { id: true, type: true, status: true }, orderBy: { createdAt: "asc" } },
    },
  });
}

/**
 * Sends a fresh tracking link to a signed-in person who proved they own the request's address
 * (the old link stops working, since only one hash is kept).
 */
export async function sendMyTrackingLink(user: { id: string; email: string }, requestId: string): Promise<void> {
  const request = await db.installationRequest.findFirst({
    where: { id: requestId, email: user.email.toLowerCase(), anonymisedAt: null },
    select: {
      id: true,
      tenantId: true,
      reference: true,
      firstName: true,
      email: true,
      locale: true,
      tenant: { select: { slug: true, name: true, firstResponseDays: true } },
    },
  });
  if (!request) throw new ActionError("errors.notFound");
  const token = newLinkToken();
  await db.$transaction(async (tx) => {
    await tx.installationRequest.update({
      where: { id: request.id, tenantId: request.tenantId },
      data: { trackingTokenHash: hashLinkToken(token), trackingRevokedAt: null },
    });
    await recordRequestEvent(tx, {
      tenantId: request.tenantId,
      requestId: request.id,
      actorId: user.id,
      actorLabel: request.firstName,
      type: "tracking.reissued",
      audit: false,
    });
    await queueTenantEmail(tx, {
      tenantId: request.tenantId,
      kind: "request.tracking",
      to: request.email,
      ...requestReceivedEmail({
        locale: request.locale,
        tenantName: request.tenant.name,
        firstName: request.firstName,
        reference: request.reference,
        trackingUrl: trackingUrl(request.tenant.slug, token),
        firstResponseDays: request.tenant.firstResponseDays,
      }),
    });
  });
}
