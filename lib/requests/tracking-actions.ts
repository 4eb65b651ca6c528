"use server";

import { revalidatePath } from "next/cache";

import { publicTenantAction } from "@/lib/actions/public";
import { ok } from "@/lib/forms/result";

import { ZNewcomerContact, ZNewcomerReply, ZTrackingToken } from "./schemas";
import { replyAsNewcomer, requestDeletionAsNewcomer, updateContactAsNewcomer, withdrawAsNewcomer } from "./tracking";

// Public endpoints: the tracking token, checked within the tenant of the URL, is the only credential.

export const sendNewcomerReplyAction = publicTenantAction(ZNewcomerReply, async ({ tenant }, input) => {
  await replyAsNewcomer(tenant, input.token, input.body);
  revalidatePath(`/${tenant.slug}/track/${input.token}`);
  return ok(undefined, "requests.track.sent");
});

export const updateNewcomerContactAction = publicTenantAction(ZNewcomerContact, async ({ tenant }, input) => {
  const { emailChangePending } = await updateContactAsNewcomer(tenant, input.token, {
    ...input,
    desiredArrivalDate: input.desiredArrivalDate || undefined,
  });
  revalidatePath(`/${tenant.slug}/track/${input.token}`);
  return ok(undefined, emailChangePending ? "emailChange.sent" : "requests.track.saved");
});

export const withdrawRequestAction = publicTenantAction(ZTrackingToken, async ({ tenant }, input) => {
  await withdrawAsNewcomer(tenant, input.token);
  revalidatePath(`/${tenant.slug}/track/${input.token}`);
  return ok(undefined, "requests.track.withdrawn");
});

export const requestDataDeletionAction = publicTenantAction(ZTrackingToken, async ({ tenant }, input) => {
  await requestDeletionAsNewcomer(tenant, input.token);
  revalidatePath(`/${tenant.slug}/track/${input.token}`);
  return ok(undefined, "requests.track.deletionRequested");
});
