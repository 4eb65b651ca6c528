"use server";

import { revalidatePath } from "next/cache";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";
import type { SignedInTenantContext } from "@/lib/tenancy/guard";

import { deleteAid, markAidSent, saveAid } from "./aids";
import { ZAid, ZAidId, ZAidSent, ZAidUpdate } from "./schemas";

const staffOf = ({ tenant, user }: SignedInTenantContext) => ({
  tenantId: tenant.id,
  userId: user.id,
  label: user.name ?? user.email,
});

export const createAidAction = tenantAction("network.manage", ZAid, async (ctx, input) => {
  await saveAid(staffOf(ctx), null, input);
  revalidatePath(`/${ctx.tenant.slug}/admin/network/aids`);
  return ok(undefined, "network.aids.saved");
});

export const updateAidAction = tenantAction("network.manage", ZAidUpdate, async (ctx, input) => {
  await saveAid(staffOf(ctx), input.aidId, input.aid);
  revalidatePath(`/${ctx.tenant.slug}/admin/network/aids`, "layout");
  return ok(undefined, "network.aids.saved");
});

export const deleteAidAction = tenantAction("network.manage", ZAidId, async (ctx, input) => {
  await deleteAid(staffOf(ctx), input.aidId);
  revalidatePath(`/${ctx.tenant.slug}/admin/network/aids`, "layout");
  return ok(undefined, "network.aids.deleted");
});

export const markAidSentAction = tenantAction("network.manage", ZAidSent, async (ctx, input) => {
  await markAidSent(staffOf(ctx), input.requestId, input.aidId);
  revalidatePath(`/${ctx.tenant.slug}/admin/requests/${input.requestId}`);
  return ok(undefined, "network.aids.markedSent");
});
