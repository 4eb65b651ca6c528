import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";

/**
 * Redeems every valid invitation addressed to this user's email: the person proved they read the
 * mailbox by signing in with a link sent there. The conditional update makes each invitation single use
 * even when two sign-ins race.
 */
export async function acceptPendingInvitations(user: { id: string; email: string }, now = new Date()): Promise<string[]> {
  const pending = await db.invitation.findMany({
    where: { email: user.email.toLowerCase(), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, tenantId: true, role: true },
  });
  const accepted: string[] = [];
  for (const invitation of pending) {
    const done = await db.$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedByUserId: user.id },
      });
      if (claimed.count === 0) return false;
      const existing = await tx.membership.findUnique({
        where: { tenantId_userId: { tenantId: invitation.tenantId, userId: user.id } },
        select: { id: true, status: true },
      });
      if (existing?.status === "ACTIVE") return true;
      const membership = existing
        ? await tx.membership.update({
            where: { id: existing.id },
            data: { status: "ACTIVE", role: invitation.role, removedAt: null },
            select: { id: true },
          })
        : await tx.membership.create({
            data: { tenantId: invitation.tenantId, userId: user.id, role: invitation.role },
            select: { id: true },
          });
      await recordAudit(tx, {
        tenantId: invitation.tenantId,
        actorId: user.id,
        action: "membership.created",
        targetType: "Membership",
        targetId: membership.id,
        details: { role: invitation.role, invitationId: invitation.id },
      });
      return true;
    });
    if (done) accepted.push(invitation.tenantId);
  }
  return accepted;
}
