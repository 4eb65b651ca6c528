"use server";

import { revalidatePath } from "next/cache";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { importMembers } from "./import";
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

export const changeRoleAction = tenantAction("members.changeRole", ZChangeRole, async (ctx, input) => {
  const { tenant } = ctx;
  await changeMemberRole(ctx, input.membershipId, input.role);
  revalidatePath(`/${tenant.slug}/admin/members`);
  return ok(undefined, "members.roleChanged");
});

export const removeMemberAction = tenantAction("members.remove", ZRemoveMember, async (ctx, input) => {
  const { tenant } = ctx;
  await removeMemberInTenant(ctx, input.membershipId);
  revalidatePath(`/${tenant.slug}/admin/members`);
  return ok(undefined, "members.removed");
});

export const saveMemberDetailsAction = tenantAction("members.manage", ZStaffMemberEdit, async (ctx, input) => {
  const { tenant } = ctx;
  await updateMemberDetails(ctx, input);
  revalidatePath(`/${tenant.slug}/admin/members`, "layout");
  return ok(undefined, "memberAdmin.saved");
});

export const recordDuesAction = tenantAction("members.manage", ZDues, async (ctx, input) => {
  const { tenant } = ctx;
  await setDuesPaid(ctx, input);
  revalidatePath(`/${tenant.slug}/admin/members`, "layout");
  return ok(undefined, input.paid ? "memberAdmin.duesRecorded" : "memberAdmin.duesCancelled");
});

export const changeMemberStatusAction = tenantAction("members.deactivate", ZMemberStatus, async (ctx, input) => {
  const { tenant } = ctx;
  await setMemberActive(ctx, input.membershipId, input.active);
  revalidatePath(`/${tenant.slug}/admin/members`, "layout");
  return ok(undefined, input.active ? "memberAdmin.reactivated" : "memberAdmin.deactivated");
});

export const recordMemberDepartureAction = tenantAction("members.deactivate", ZMemberDeparture, async (ctx, input) => {
  await recordDeparture(ctx, input);
  revalidatePath(`/${ctx.tenant.slug}/admin/members`, "layout");
  return ok(undefined, "departure.recorded");
});

export const importMembersCsvAction = tenantAction("members.import", ZImportMembers, async (ctx, input) => {
  const { tenant } = ctx;
  const report = await importMembers(ctx, input.csv, input);
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
