import type { z } from "zod";

import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/tenancy/actor";

import type { ZMemberDeparture, ZStaffMemberEdit } from "./schemas";

/**
 * Every change that can take a coordinator away runs in one transaction, under a per-tenant lock:
 * two coordinators demoting each other at the same moment are serialised, and the second one sees
 * that they would leave the tenant without a coordinator.
 */
async function lockedMembership(
  tx: Tx,
  tenantId: string,
  { membershipId, status }: { membershipId: string; status: MembershipStatus },
) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`coordinators:${tenantId}`}, 0))`;
  // The tenant is part of the where: an id from another tenant is simply not found.
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, tenantId, status },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!membership) throw new ActionError("errors.notFound");
  return membership;
}

async function assertAnotherCoordinatorRemains(tx: Tx, tenantId: string, membershipId: string) {
  const others = await tx.membership.count({
    where: { tenantId, role: "COORDINATOR", status: "ACTIVE", id: { not: membershipId } },
  });
  if (others === 0) throw new ActionError("members.errors.lastCoordinator");
}

/**
 * Suspension and removal hold: the person's pending invitations to this tenant are revoked (a new
 * invitation would otherwise bring them back) and their sessions end at once.
 */
async function cutAccess(tx: Tx, tenantId: string, person: { userId: string; email: string; now: Date }) {
  await tx.invitation.updateMany({
    where: { tenantId, email: person.email, usedAt: null, revokedAt: null },
    data: { revokedAt: person.now },
  });
  await tx.session.deleteMany({ where: { userId: person.userId } });
}

export async function changeMemberRole(actor: Actor, membershipId: string, role: Role): Promise<void> {
  await db.$transaction(async (tx) => {
    const membership = await lockedMembership(tx, actor.tenant.id, { membershipId, status: "ACTIVE" });
    if (membership.role === role) return;
    if (membership.role === "COORDINATOR") await assertAnotherCoordinatorRemains(tx, actor.tenant.id, membership.id);
    await tx.membership.update({ where: { id: membership.id, tenantId: actor.tenant.id }, data: { role } });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "membership.role_changed",
      targetType: "Membership",
      targetId: membership.id,
      details: { from: membership.role, to: role },
    });
  });
}

export async function removeMember(actor: Actor, membershipId: string): Promise<void> {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const membership = await lockedMembership(tx, actor.tenant.id, { membershipId, status: "ACTIVE" });
    if (membership.role === "COORDINATOR") await assertAnotherCoordinatorRemains(tx, actor.tenant.id, membership.id);
    await tx.membership.update({
      where: { id: membership.id, tenantId: actor.tenant.id },
      data: { status: "REMOVED", removedAt: now },
    });
    await cutAccess(tx, actor.tenant.id, { userId: membership.userId, email: membership.user.email, now });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "membership.removed",
      targetType: "Membership",
      targetId: membership.id,
      details: { role: membership.role },
    });
  });
}

/** Staff edit a member's details; a request reference links the member to the request they came from. */
export async function updateMemberDetails(actor: Actor, input: z.output<typeof ZStaffMemberEdit>) {
  const membership = await db.membership.findFirst({
    where: { id: input.membershipId, tenantId: actor.tenant.id },
    select: { id: true },
  });
  if (!membership) throw new ActionError("errors.notFound");
  let requestId: string | null = null;
  if (input.requestReference) {
    const request = await db.installationRequest.findFirst({
      where: { tenantId: actor.tenant.id, reference: input.requestReference.toUpperCase(), anonymisedAt: null },
      select: { id: true },
    });
    if (!request) throw new ActionError("memberAdmin.errors.requestNotFound", "requestReference");
    requestId = request.id;
  }
  await db.$transaction(async (tx) => {
    await tx.membership.update({
      where: { id: membership.id, tenantId: actor.tenant.id },
      data: {
        phone: input.phone,
        profession: input.profession || null,
        specialty: input.specialty,
        practicePlace: input.practicePlace,
        arrivalDate: input.arrivalDate ? new Date(`${input.arrivalDate}T00:00:00Z`) : null,
        notes: input.notes,
        requestId,
      },
    });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "membership.updated",
      targetType: "Membership",
      targetId: membership.id,
    });
  });
}

export async function setDuesPaid(
  actor: Actor,
  { membershipId, year, paid }: { membershipId: string; year: number; paid: boolean },
) {
  const membership = await db.membership.findFirst({
    where: { id: membershipId, tenantId: actor.tenant.id },
    select: { id: true },
  });
  if (!membership) throw new ActionError("errors.notFound");
  await db.$transaction(async (tx) => {
    if (paid) {
      await tx.duesPayment.createMany({
        data: [{ tenantId: actor.tenant.id, membershipId: membership.id, year }],
        skipDuplicates: true,
      });
    } else {
      await tx.duesPayment.deleteMany({ where: { tenantId: actor.tenant.id, membershipId: membership.id, year } });
    }
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: paid ? "dues.recorded" : "dues.cancelled",
      targetType: "Membership",
      targetId: membership.id,
      details: { year },
    });
  });
}

/** Deactivated members keep their history but lose access (sessions, pending invitations) until reactivated. */
export async function setMemberActive(actor: Actor, membershipId: string, active: boolean) {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const membership = await lockedMembership(tx, actor.tenant.id, {
      membershipId,
      status: active ? "SUSPENDED" : "ACTIVE",
    });
    if (membership.userId === actor.user.id) throw new ActionError("memberAdmin.errors.notYourself");
    if (!active && membership.role === "COORDINATOR")
      await assertAnotherCoordinatorRemains(tx, actor.tenant.id, membership.id);
    await tx.membership.update({
      where: { id: membership.id, tenantId: actor.tenant.id },
      // Reactivated: a departure recorded earlier no longer holds.
      data: active ? { status: "ACTIVE", leftAt: null, leavingReason: null } : { status: "SUSPENDED" },
    });
    if (!active) await cutAccess(tx, actor.tenant.id, { userId: membership.userId, email: membership.user.email, now });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: active ? "membership.reactivated" : "membership.deactivated",
      targetType: "Membership",
      targetId: membership.id,
    });
  });
}

/** A member who leaves (demographic watch): deactivated like any other, with the day and the reason. */
export async function recordDeparture(actor: Actor, input: z.output<typeof ZMemberDeparture>) {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const membership = await lockedMembership(tx, actor.tenant.id, {
      membershipId: input.membershipId,
      status: "ACTIVE",
    });
    if (membership.userId === actor.user.id) throw new ActionError("memberAdmin.errors.notYourself");
    if (membership.role === "COORDINATOR") await assertAnotherCoordinatorRemains(tx, actor.tenant.id, membership.id);
    await tx.membership.update({
      where: { id: membership.id, tenantId: actor.tenant.id },
      data: { status: "SUSPENDED", leftAt: new Date(`${input.leftAt}T00:00:00Z`), leavingReason: input.reason },
    });
    await cutAccess(tx, actor.tenant.id, { userId: membership.userId, email: membership.user.email, now });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "membership.departed",
      targetType: "Membership",
      targetId: membership.id,
      details: { leftAt: input.leftAt, reason: input.reason },
    });
  });
}
