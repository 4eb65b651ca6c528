"use server";

import { revalidatePath } from "next/cache";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import {
  ZChangeRole,
  ZDues,
  ZImportMembers,
  ZMemberDeparture,
  ZMemberStatus,
  ZRemoveMember,
  ZStaffMemberEdit,
} from "./schemas";
import {
  changeMemberRole,
  recordDeparture,
  removeMember as removeMemberInTenant,
  setDuesPaid,
  setMemberActive,
  updateMemberDetails,
} from "./service";

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

export const saveMemberDetails = tenantAction("members.manage", ZStaffMemberEdit, async ({ tenant, user }, input) => {
  await updateMemberDetails({ tenantId: tenant.id, userId: user.id }, input);
  revalidatePath(`/${tenant.slug}/admin/members`, "layout");
  return ok(undefined, "memberAdmin.saved");
});

export const recordDues = tenantAction("members.manage", ZDues, async ({ tenant, user }, input) => {
  await setDuesPaid({ tenantId: tenant.id, userId: user.id }, input.membershipId, input.year, input.paid);
  revalidatePath(`/${tenant.slug}/admin/members`, "layout");
  return ok(undefined, input.paid ? "memberAdmin.duesRecorded" : "memberAdmin.duesCancelled");
});

export const changeMemberStatus = tenantAction("members.deactivate", ZMemberStatus, async ({ tenant, user }, input) => {
  await setMemberActive({ tenantId: tenant.id, userId: user.id }, input.membershipId, input.active);
  revalidatePath(`/${tenant.slug}/admin/members`, "layout");
  return ok(undefined, input.active ? "memberAdmin.reactivated" : "memberAdmin.deactivated");
});

export const recordMemberDepartureAction = tenantAction(
  "members.deactivate",
  ZMemberDeparture,
  async ({ tenant, user }, input) => {
    await recordDeparture({ tenantId: tenant.id, userId: user.id }, input);
    revalidatePath(`/${tenant.slug}/admin/members`, "layout");
    return ok(undefined, "departure.recorded");
  },
);

export const importMembersCsv = tenantAction("members.import", ZImportMembers, async ({ tenant, user }, input) => {
  const { importMembers } = await import("./import");
  const report = await importMembers({ tenantId: tenant.id, userId: user.id }, input.csv, input);
  if (report.imported > 0) revalidatePath(`/${tenant.slug}/admin/members`);
  // Which button ran must be clear: a check that finds errors is not a refused import.
  const key = report.blocked
    ? input.dryRun
      ? "memberImport.blockedCheck"
      : "memberImport.blockedImport"
    : input.dryRun
      ? "memberImport.checked"
      : "memberImport.done";
  return ok(report, key);
});
