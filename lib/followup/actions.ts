"use server";

import { revalidatePath } from "next/cache";

import { publicTenantAction } from "@/lib/actions/public";
import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { answerCheckIn, completeFollowUpTask, stopCheckIns } from "./checkin";
import { ZCheckInAnswer, ZCheckInToken, ZFollowUpTaskId } from "./schemas";

// Public endpoints: the check-in link's token, checked within the tenant of the URL, is the only credential.
export const answerCheckInAction = publicTenantAction(ZCheckInAnswer, async ({ tenant }, input) => {
  const result = await answerCheckIn(tenant, input);
  revalidatePath(`/${tenant.slug}/check-in/${input.token}`);
  return ok(result, "followUp.sent");
});

export const stopCheckInsAction = publicTenantAction(ZCheckInToken, async ({ tenant }, input) => {
  await stopCheckIns(tenant, input.token);
  revalidatePath(`/${tenant.slug}/check-in/${input.token}`);
  return ok(undefined, "followUp.stopped");
});

export const completeFollowUpTaskAction = tenantAction("requests.manage", ZFollowUpTaskId, async (ctx, input) => {
  const { requestId } = await completeFollowUpTask(ctx, input.taskId);
  revalidatePath(`/${ctx.tenant.slug}/admin/tasks`);
  revalidatePath(`/${ctx.tenant.slug}/admin/requests/${requestId}`);
  return ok(undefined, "followUp.staff.doneOk");
});
