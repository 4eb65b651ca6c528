"use server";

import { revalidatePath } from "next/cache";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { addHouseholdMember, myMembership, removeHouseholdMember, updateProfile } from "./profile";
import { ZHouseholdMember, ZHouseholdMemberId, ZProfile } from "./schemas";

export const saveMyProfile = tenantAction("portal.view", ZProfile, async ({ tenant, user }, input) => {
  await updateProfile(await myMembership(tenant.id, user.id), input);
  revalidatePath(`/${tenant.slug}/portal/profile`);
  return ok(undefined, "profile.saved");
});

export const addToMyHousehold = tenantAction("portal.view", ZHouseholdMember, async ({ tenant, user }, input) => {
  await addHouseholdMember(await myMembership(tenant.id, user.id), input);
  revalidatePath(`/${tenant.slug}/portal/profile`);
  return ok(undefined, "profile.householdAdded");
});

export const removeFromMyHousehold = tenantAction(
  "portal.view",
  ZHouseholdMemberId,
  async ({ tenant, user }, input) => {
    await removeHouseholdMember(await myMembership(tenant.id, user.id), input.householdMemberId);
    revalidatePath(`/${tenant.slug}/portal/profile`);
    return ok(undefined, "profile.householdRemoved");
  },
);
