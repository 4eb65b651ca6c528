import type { z } from "zod";

import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import type { Actor } from "@/lib/tenancy/actor";

import type { ZHouseholdMember, ZProfile } from "./schemas";

export async function getMyProfile(me: Actor) {
  return db.membership.findUniqueOrThrow({
    where: { id: me.membershipId, tenantId: me.tenant.id },
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

export async function updateProfile(me: Actor, input: z.output<typeof ZProfile>) {
  await db.$transaction([
    // The name belongs to the person (one account across CPTS); the rest to this membership.
    db.user.update({ where: { id: me.user.id }, data: { name: input.name } }),
    db.membership.update({
      where: { id: me.membershipId, tenantId: me.tenant.id },
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

export async function addHouseholdMember(me: Actor, input: z.output<typeof ZHouseholdMember>) {
  const count = await db.householdMember.count({ where: { tenantId: me.tenant.id, membershipId: me.membershipId } });
  if (count >= HOUSEHOLD_LIMIT) throw new ActionError("profile.errors.householdFull");
  if (input.relation === "PARTNER") {
    const partners = await db.householdMember.count({
      where: { tenantId: me.tenant.id, membershipId: me.membershipId, relation: "PARTNER" },
    });
    if (partners > 0) throw new ActionError("profile.errors.onePartner", "relation");
  }
  return db.householdMember.create({
    data: {
      tenantId: me.tenant.id,
      membershipId: me.membershipId,
      relation: input.relation,
      firstName: input.firstName,
      birthYear: input.birthYear === "" ? null : input.birthYear,
    },
    select: { id: true },
  });
}

/** Only the caller's own household: another member's id is simply not found. */
export async function removeHouseholdMember(me: Actor, householdMemberId: string) {
  const removed = await db.householdMember.deleteMany({
    where: { id: householdMemberId, tenantId: me.tenant.id, membershipId: me.membershipId },
  });
  if (removed.count === 0) throw new ActionError("errors.notFound");
}
