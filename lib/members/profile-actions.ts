"use server";

import { revalidatePath } from "next/cache";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { addHouseholdMember, removeHouseholdMember, updateProfile } from "./profile";
import { ZHouseholdMember, ZHouseholdMemberId, ZProfile } from "./schemas";

export const saveMyProfileAction = tenantAction("portal.view", ZProfile, async (ctx, input) => {
  const { tenant } = ctx;
  await updateProfile(ctx, input);
  revalidatePath(`/${tenant.slug}/portal/profile`);
  return ok(undefined, "profile.saved");
});

export const addToMyHouseholdAction = tenantAction("portal.view", ZHouseholdMember, async (ctx, input) => {
  const { tenant } = ctx;
  await addHouseholdMember(ctx, input);
  revalidatePath(`/${tenant.slug}/portal/profile`);
  return ok(undefined, "profile.householdAdded");
});

export const removeFromMyHouseholdAction = tenantAction("portal.view", ZHouseholdMemberId, async (ctx, input) => {
  const { tenant } = ctx;
  await removeHouseholdMember(ctx, input.householdMemberId);
  revalidatePath(`/${tenant.slug}/portal/profile`);
  return ok(undefined, "profile.householdRemoved");
});
