import type { z } from "zod";

import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";

import type { ZHouseholdMember, ZProfile } from "./schemas";

export type Me = { tenantId: string; membershipId: string; userId: string };

/** The caller's own membership in the tenant: every "my profile" change goes through it. */
export async function myMembership(tenantId: string, userId: string): Promise<Me> {
  const membership = await db.membership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    select: { id: true, status: true },
  });
  if (!membership || membership.status !== "ACTIVE") throw new ActionError("errors.forbidden");
  return { tenantId, membershipId: membership.id, userId };
}

export async function getMyProfile(me: Me) {
  return db.membership.findUniqueOrThrow({
    where: { id: me.membershipId, tenantId: me.tenantId },
    select: {
      id: true,
      role: true,
      phone: true,
      profession: true,
      specialty: true,
      practicePlace: true,
      arrivalDate: true,
      directoryOptIn: true,
      notifyEvents: true,
      notifyOffers: true,
      user: { select: { name: true, email: true } },
      household: {
        orderBy: { createdAt: "asc" },
        select: { id: true, relation: true, firstName: true, birthYear: true },
      },
    },
  });
}

export async function updateProfile(me: Me, input: z.output<typeof ZProfile>) {
  await db.$transaction([
    // The name belongs to the person (one account across CPTS); the rest to this membership.
    db.user.update({ where: { id: me.userId }, data: { name: input.name } }),
    db.membership.update({
      where: { id: me.membershipId, tenantId: me.tenantId },
      data: {
        phone: input.phone,
        profession: input.profession || null,
        specialty: input.specialty,
        practicePlace: input.practicePlace,
        directoryOptIn: input.directoryOptIn,
        notifyEvents: input.notifyEvents,
        notifyOffers: input.notifyOffers,
      },
    }),
  ]);
}

export const HOUSEHOLD_LIMIT = 12;

export async function addHouseholdMember(me: Me, input: z.output<typeof ZHouseholdMember>) {
  const count = await db.householdMember.count({ where: { tenantId: me.tenantId, membershipId: me.membershipId } });
  if (count >= HOUSEHOLD_LIMIT) throw new ActionError("profile.errors.householdFull");
  if (input.relation === "PARTNER") {
    const partners = await db.householdMember.count({
      where: { tenantId: me.tenantId, membershipId: me.membershipId, relation: "PARTNER" },
    });
    if (partners > 0) throw new ActionError("profile.errors.onePartner", "relation");
  }
  return db.householdMember.create({
    data: {
      tenantId: me.tenantId,
      membershipId: me.membershipId,
      relation: input.relation,
      firstName: input.firstName,
      birthYear: input.birthYear === "" ? null : input.birthYear,
    },
    select: { id: true },
  });
}

/** Only the caller's own household: another member's id is simply not found. */
export async function removeHouseholdMember(me: Me, householdMemberId: string) {
  const removed = await db.householdMember.deleteMany({
    where: { id: householdMemberId, tenantId: me.tenantId, membershipId: me.membershipId },
  });
  if (removed.count === 0) throw new ActionError("errors.notFound");
}
