"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { publicTenantAction } from "@/lib/actions/public";
import { idField } from "@/lib/forms/fields";
import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import {
  answerAsActor,
  consentAsNewcomer,
  introduceReferral,
  proposeReferral,
  recordPhoneConsent,
  revokeActorLink,
  setReferralOutcome,
} from "./referrals";
import { ZActorAnswer, ZNewcomerConsent, ZOutcome, ZPropose, ZReferralId } from "./schemas";

const refresh = (slug: string) => revalidatePath(`/${slug}/admin/requests`, "layout");

export const proposeReferralAction = tenantAction("network.manage", ZPropose, async (ctx, input) => {
  await proposeReferral(ctx, input);
  refresh(ctx.tenant.slug);
  return ok(undefined, "network.referrals.proposed");
});

export const recordPhoneConsentAction = tenantAction(
  "network.manage",
  z.object({ referralId: idField, accept: z.boolean() }),
  async (ctx, input) => {
    await recordPhoneConsent(ctx, input.referralId, input.accept);
    refresh(ctx.tenant.slug);
    return ok(undefined, "network.referrals.consentRecorded");
  },
);

export const introduceReferralAction = tenantAction("network.manage", ZReferralId, async (ctx, input) => {
  await introduceReferral(ctx, input.referralId);
  refresh(ctx.tenant.slug);
  return ok(undefined, "network.referrals.introduced");
});

export const revokeActorLinkAction = tenantAction("network.manage", ZReferralId, async (ctx, input) => {
  await revokeActorLink(ctx, input.referralId);
  refresh(ctx.tenant.slug);
  return ok(undefined, "network.referrals.revoked");
});

export const setReferralOutcomeAction = tenantAction("network.manage", ZOutcome, async (ctx, input) => {
  await setReferralOutcome(ctx, input.referralId, input.status);
  refresh(ctx.tenant.slug);
  return ok(undefined, "network.referrals.outcomeSaved");
});

/** The newcomer accepts or declines on the tracking page: the tracking token is the credential. */
export const answerConsentAction = publicTenantAction(ZNewcomerConsent, async ({ tenant }, input) => {
  await consentAsNewcomer(tenant, input.token, input);
  revalidatePath(`/${tenant.slug}/track/${input.token}`);
  return ok(undefined, input.accept ? "network.consent.accepted" : "network.consent.declined");
});

/** The actor answers through the private link of the introduction email. */
export const answerReferralAction = publicTenantAction(ZActorAnswer, async ({ tenant }, input) => {
  await answerAsActor(tenant, input.token, input);
  revalidatePath(`/${tenant.slug}/orientation/${input.token}`);
  return ok(undefined, "network.orientation.thanks");
});
