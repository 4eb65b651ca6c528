import type { Tx } from "@/lib/db";

/**
 * Anonymising a request: its referrals keep the actor, the need type and the outcome (statistics),
 * forget what was shared and the messages, and their actor links stop working.
 */
export async function redactReferrals(tx: Tx, tenantId: string, requestId: string) {
  await tx.referral.updateMany({
    where: { tenantId, requestId },
    data: { sharedDetails: {}, actorMessage: "", note: "", actorTokenRevokedAt: new Date() },
  });
}
