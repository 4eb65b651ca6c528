"use server";

import { revalidatePath } from "next/cache";

import { fieldErrorsFromZod, ok, type ActionResult } from "@/lib/forms/result";
import { withoutNul } from "@/lib/forms/without-nul";
import { runHandled } from "@/lib/tenancy/action";
import { findTenantBySlug } from "@/lib/tenancy/guard";

import {
  ZNewcomerContact,
  ZNewcomerReply,
  ZTrackingToken,
  type TNewcomerContactInput,
  type TNewcomerReplyInput,
} from "./schemas";
import { replyAsNewcomer, requestDeletionAsNewcomer, updateContactAsNewcomer, withdrawAsNewcomer } from "./tracking";

// Public endpoints: the tracking token, checked within the tenant of the URL, is the only credential.
async function withTenant<R>(
  slug: string,
  fn: (tenant: { id: string; slug: string; name: string; timeZone: string }) => Promise<ActionResult<R>>,
): Promise<ActionResult<R>> {
  return runHandled(async () => {
    const tenant = await findTenantBySlug(String(slug));
    if (!tenant) return { ok: false, formError: "errors.notFound" };
    return fn(tenant);
  });
}

export async function sendNewcomerReply(slug: string, raw: TNewcomerReplyInput): Promise<ActionResult<undefined>> {
  const parsed = ZNewcomerReply.safeParse(withoutNul(raw));
  if (!parsed.success)
    return { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) };
  return withTenant(slug, async (tenant) => {
    await replyAsNewcomer(tenant, parsed.data.token, parsed.data.body);
    revalidatePath(`/${tenant.slug}/track/${parsed.data.token}`);
    return ok(undefined, "requests.track.sent");
  });
}

export async function updateNewcomerContact(
  slug: string,
  raw: TNewcomerContactInput,
): Promise<ActionResult<undefined>> {
  const parsed = ZNewcomerContact.safeParse(withoutNul(raw));
  if (!parsed.success)
    return { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) };
  return withTenant(slug, async (tenant) => {
    await updateContactAsNewcomer(tenant, parsed.data.token, {
      ...parsed.data,
      desiredArrivalDate: parsed.data.desiredArrivalDate || undefined,
    });
    revalidatePath(`/${tenant.slug}/track/${parsed.data.token}`);
    return ok(undefined, "requests.track.saved");
  });
}

export async function withdrawRequest(slug: string, raw: { token: string }): Promise<ActionResult<undefined>> {
  const parsed = ZTrackingToken.safeParse(withoutNul(raw));
  if (!parsed.success) return { ok: false, formError: "errors.notFound" };
  return withTenant(slug, async (tenant) => {
    await withdrawAsNewcomer(tenant, parsed.data.token);
    revalidatePath(`/${tenant.slug}/track/${parsed.data.token}`);
    return ok(undefined, "requests.track.withdrawn");
  });
}

export async function requestDataDeletion(slug: string, raw: { token: string }): Promise<ActionResult<undefined>> {
  const parsed = ZTrackingToken.safeParse(withoutNul(raw));
  if (!parsed.success) return { ok: false, formError: "errors.notFound" };
  return withTenant(slug, async (tenant) => {
    await requestDeletionAsNewcomer(tenant, parsed.data.token);
    revalidatePath(`/${tenant.slug}/track/${parsed.data.token}`);
    return ok(undefined, "requests.track.deletionRequested");
  });
}
