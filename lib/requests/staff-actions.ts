"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { anonymiseRequest as anonymise } from "./anonymise";
import { ZAssign, ZChangeStage, ZRequestOnly, ZRequestPriority, ZRequestText, ZUpdateNeed } from "./schemas";
import * as staff from "./staff";

const refresh = (slug: string, requestId?: string) => {
  revalidatePath(`/${slug}/admin/requests`);
  if (requestId) revalidatePath(`/${slug}/admin/requests/${requestId}`);
};

export const changeRequestStageAction = tenantAction("requests.manage", ZChangeStage, async (ctx, input) => {
  await staff.changeStage(ctx, input.requestId, {
    to: input.to,
    closingReason: input.closingReason || null,
    closingNote: input.closingNote,
  });
  refresh(ctx.tenant.slug, input.requestId);
  return ok(undefined, "requests.staff.saved");
});

export const addRequestNoteAction = tenantAction("requests.manage", ZRequestText, async (ctx, input) => {
  await staff.addNote(ctx, input.requestId, input.body);
  refresh(ctx.tenant.slug, input.requestId);
  return ok(undefined, "requests.staff.saved");
});

export const sendRequestMessageAction = tenantAction("requests.manage", ZRequestText, async (ctx, input) => {
  await staff.sendStaffMessage(ctx, input.requestId, input.body);
  refresh(ctx.tenant.slug, input.requestId);
  return ok(undefined, "requests.staff.saved");
});

export const updateRequestNeedAction = tenantAction("requests.manage", ZUpdateNeed, async (ctx, input) => {
  await staff.updateNeed(ctx, input.needId, {
    status: input.status,
    assigneeId: input.assigneeId || null,
    dueDate: input.dueDate || null,
  });
  refresh(ctx.tenant.slug);
  return ok(undefined, "requests.staff.saved");
});

export const assignRequestAction = tenantAction("requests.manage", ZAssign, async (ctx, input) => {
  await staff.assignRequest(ctx, input.requestId, input.assigneeId || null);
  refresh(ctx.tenant.slug, input.requestId);
  return ok(undefined, "requests.staff.saved");
});

export const reissueTrackingLinkAction = tenantAction("requests.manage", ZRequestOnly, async (ctx, input) => {
  await staff.reissueTrackingLink(ctx, input.requestId);
  refresh(ctx.tenant.slug, input.requestId);
  return ok(undefined, "requests.staff.reissued");
});

export const anonymiseRequestAction = tenantAction("requests.anonymise", ZRequestOnly, async (ctx, input) => {
  await anonymise(ctx, input.requestId);
  refresh(ctx.tenant.slug);
  redirect(`/${ctx.tenant.slug}/admin/requests`);
});

export const revokeTrackingLinkAction = tenantAction("requests.manage", ZRequestOnly, async (ctx, input) => {
  await staff.revokeTrackingLink(ctx, input.requestId);
  refresh(ctx.tenant.slug, input.requestId);
  return ok(undefined, "requests.staff.revoked");
});

export const setRequestPriorityAction = tenantAction("requests.manage", ZRequestPriority, async (ctx, input) => {
  await staff.setPriority(ctx, input.requestId, input.priority);
  refresh(ctx.tenant.slug, input.requestId);
  return ok(undefined, input.priority ? "requests.staff.prioritySet" : "requests.staff.priorityCleared");
});
