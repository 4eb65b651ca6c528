"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";
import { ZChangeRole, ZRemoveMember } from "./schemas";
import { changeMemberRole, removeMember as removeMemberInTenant } from "./service";

export const changeRole = tenantAction("members.changeRole", ZChangeRole, async ({ tenant, user }, input) => {
  await changeMemberRole({ tenantId: tenant.id, userId: user.id }, input.membershipId, input.role);
  revalidatePath(`/${tenant.slug}/admin/members`);
  return ok(undefined, "members.roleChanged");
});

export const removeMember = tenantAction("members.remove", ZRemoveMember, async ({ tenant, user }, input) => {
  await removeMemberInTenant({ tenantId: tenant.id, userId: user.id }, input.membershipId);
  revalidatePath(`/${tenant.slug}/admin/members`);
  return ok(undefined, "members.removed");
});
