import "server-only";

import { db } from "@/lib/db";

/** The check-ins of a request (of this tenant only), latest first, with their call back if any. */
export async function checkInsForRequest(tenantId: string, requestId: string) {
  const [checkIns, request] = await Promise.all([
    db.followUpCheckIn.findMany({
      where: { tenantId, requestId },
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
    }),
    db.installationRequest.findFirst({ where: { id: requestId, tenantId }, select: { checkInsStoppedAt: true } }),
  ]);
  return { checkIns, stoppedAt: request?.checkInsStoppedAt ?? null };
}
