import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A request's check-ins (of this tenant only), latest first, with their call back if any. */
export const checkInsOfRequestQuery = (tenantId: string) =>
  ({
    where: { tenantId },
    orderBy: { milestone: "desc" },
    select: {
      id: true,
      milestone: true,
      sentAt: true,
      expiresAt: true,
      answeredAt: true,
      settledScore: true,
      difficulties: true,
      wantsToTalk: true,
      comment: true,
      task: { select: { id: true, dueDate: true, doneAt: true } },
    },
  }) satisfies Prisma.InstallationRequest$checkInsArgs;

/** The check-ins of a request (of this tenant only), latest first, and whether the person stopped them: one statement. */
export async function checkInsForRequest(tenantId: string, requestId: string) {
  const request = await db.installationRequest.findFirst({
    where: { id: requestId, tenantId },
    select: { checkInsStoppedAt: true, checkIns: checkInsOfRequestQuery(tenantId) },
  });
  return { checkIns: request?.checkIns ?? [], stoppedAt: request?.checkInsStoppedAt ?? null };
}
