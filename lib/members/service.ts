import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit";
import { ActionError } from "@/lib/forms/result";

type Actor = { tenantId: string; userId: string };

async function findMembershipInTenant(tenantId: string, membershipId: string) {
  // The tenant is part of the where: an id from another tenant is simply not found.
  const membership = await db.membership.findFirst({
    where: { id: membershipId, tenantId, status: "ACTIVE" },
    select: { id: true, role: true, userId: true },
  });
  if (!membership) throw new ActionError("errors.notFound");
  return membership;
}

async function assertAnotherCoordinatorRemains(tenantId: string, membershipId: string) {
  const others = await db.membership.count({
    where: { tenantId, role: "COORDINATOR", status: "ACTIVE", id: { not: membershipId } },
  });
  if (others === 0) throw new ActionError("members.errors.lastCoordinator");
}

export async function changeMemberRole(actor: Actor, membershipId: string, role: Role): Promise<void> {
  const membership = await findMembershipInTenant(actor.tenantId, membershipId);
  if (membership.role === role) return;
  if (membership.role === "COORDINATOR") await assertAnotherCoordinatorRemains(actor.tenantId, membership.id);
  await db.$transaction(async (tx) => {
    await tx.membership.update({ where: { id: membership.id, tenantId: actor.tenantId }, data: { role } });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "membership.role_changed",
      targetType: "Membership",
      targetId: membership.id,
      details: { from: membership.role, to: role },
    });
  });
}

export async function removeMember(actor: Actor, membershipId: string): Promise<void> {
  const membership = await findMembershipInTenant(actor.tenantId, membershipId);
  if (membership.role === "COORDINATOR") await assertAnotherCoordinatorRemains(actor.tenantId, membership.id);
  await db.$transaction(async (tx) => {
    await tx.membership.update({
      where: { id: membership.id, tenantId: actor.tenantId },
      data: { status: "REMOVED", removedAt: new Date() },
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "membership.removed",
      targetType: "Membership",
      targetId: membership.id,
      details: { role: membership.role },
    });
  });
}
