import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { adoptNewcomerRegistrations } from "@/lib/events/newcomers";

/**
 * Redeems every valid invitation addressed to this user's email: the person proved they read the
 * mailbox by signing in with a link sent there. The conditional update makes each invitation single use
 * even when two sign-ins race.
 */
export async function acceptPendingInvitations(
  user: { id: string; email: string },
  now = new Date(),
): Promise<string[]> {
  const pending = await db.invitation.findMany({
    where: { email: user.email.toLowerCase(), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, tenantId: true, role: true, allowsReturn: true },
  });
  const accepted: string[] = [];
  for (const invitation of pending) {
    const done = await db.$transaction(async (tx) => {
      const existing = await tx.membership.findUnique({
        where: { tenantId_userId: { tenantId: invitation.tenantId, userId: user.id } },
        select: { id: true, status: true },
      });
      // Accepting never undoes a suspension or a removal, unless a coordinator invited the person back.
      if (existing && existing.status !== "ACTIVE" && !invitation.allowsReturn) {
        await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { revokedAt: now } });
        await recordAudit(tx, {
          tenantId: invitation.tenantId,
          actorId: user.id,
          action: "invitation.refused",
          targetType: "Invitation",
          targetId: invitation.id,
          details: { membershipStatus: existing.status },
        });
        return false;
      }
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedByUserId: user.id },
      });
      if (claimed.count === 0) return false;
      if (existing?.status === "ACTIVE") return true;
      const profile = await profileFromRequest(tx, invitation.tenantId, user);
      const membership = existing
        ? await tx.membership.update({
            where: { id: existing.id },
            data: {
              status: "ACTIVE",
              role: invitation.role,
              removedAt: null,
              ...(profile.requestId ? { requestId: profile.requestId } : {}),
            },
            select: { id: true },
          })
        : await tx.membership.create({
            data: { tenantId: invitation.tenantId, userId: user.id, role: invitation.role, ...profile },
            select: { id: true },
          });
      if (profile.requestId) {
        const tenant = await tx.tenant.findUniqueOrThrow({
          where: { id: invitation.tenantId },
          select: { id: true, name: true, timeZone: true },
        });
        await adoptNewcomerRegistrations(tx, tenant, { requestId: profile.requestId, membershipId: membership.id });
      }
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

/**
 * A newcomer who kept their commitment joins with what their installation request already says:
 * the link to the request, profession, practice place, phone and arrival date.
 */
async function profileFromRequest(tx: Tx, tenantId: string, user: { id: string; email: string }) {
  const request = await tx.installationRequest.findFirst({
    where: { tenantId, email: user.email.toLowerCase(), stage: "MEMBER", anonymisedAt: null },
    orderBy: { stageChangedAt: "desc" },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      phone: true,
      profession: true,
      specialty: true,
      practiceArea: true,
      installedAt: true,
    },
  });
  if (!request) return {};
  await tx.user.updateMany({
    where: { id: user.id, name: null },
    data: { name: `${request.firstName} ${request.lastName}` },
  });
  return {
    requestId: request.id,
    profession: request.profession,
    specialty: request.specialty ?? "",
    practicePlace: request.practiceArea,
    phone: request.phone,
    arrivalDate: request.installedAt ? new Date(`${request.installedAt.toISOString().slice(0, 10)}T00:00:00Z`) : null,
  };
}
