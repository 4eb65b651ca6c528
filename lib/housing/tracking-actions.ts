"use server";

import { revalidatePath } from "next/cache";

import { publicTenantAction } from "@/lib/actions/public";
import { ok } from "@/lib/forms/result";

import { answerOfferAsNewcomer } from "./newcomer";
import { ZAnswerOffer } from "./schemas";

/** The newcomer accepts or declines a lodging offered on their request: the tracking token is the credential. */
export const answerHousingOfferAction = publicTenantAction(ZAnswerOffer, async ({ tenant }, input) => {
  await answerOfferAsNewcomer(tenant, input.token, input);
  revalidatePath(`/${tenant.slug}/track/${input.token}`);
  return ok(undefined, input.accept ? "housing.track.accepted" : "housing.track.declined");
});
