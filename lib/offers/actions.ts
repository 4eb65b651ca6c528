"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { ActionError, ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";
import type { SignedInTenantContext } from "@/lib/tenancy/guard";
import { canClaim } from "./rules";
import { ZOffer, ZPartner } from "./schemas";
import { createOffer as createOfferInTenant, createPartner as createPartnerInTenant, recordOfferUse } from "./service";

export const createPartner = tenantAction("partners.manage", ZPartner, async ({ tenant, user }, input) => {
  await createPartnerInTenant({ tenantId: tenant.id, userId: user.id }, input);
  revalidatePath(`/${tenant.slug}/admin/partners`);
  return ok(undefined, "offers.partnerCreated");
});

export const createOffer = tenantAction("partners.manage", ZOffer, async ({ tenant, user }, input) => {
  await createOfferInTenant({ tenantId: tenant.id, userId: user.id }, input);
  revalidatePath(`/${tenant.slug}/admin/partners`);
  return ok(undefined, "offers.offerCreated");
});

async function membershipOf({ tenant, user }: SignedInTenantContext) {
  const membership = await db.membership.findUnique({ where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } }, select: { id: true } });
  if (!membership) throw new ActionError("errors.forbidden");
  return membership.id;
}

const ZOfferId = z.object({ offerId: z.string().min(1).max(40) });

/** Opening an offer counts a view and reveals how to claim it, to the audience allowed only. */
export const revealOffer = tenantAction("portal.view", ZOfferId, async (ctx, input) => {
  const offer = await db.offer.findFirst({ where: { id: input.offerId, tenantId: ctx.tenant.id, status: "PUBLISHED" }, select: { howToClaim: true, audience: true } });
  if (!offer || !canClaim(offer, "MEMBER")) throw new ActionError("errors.notFound");
  await recordOfferUse(ctx.tenant.id, input.offerId, await membershipOf(ctx), "VIEW");
  return ok({ howToClaim: offer.howToClaim });
});

export const claimOffer = tenantAction("portal.view", ZOfferId, async (ctx, input) => {
  await recordOfferUse(ctx.tenant.id, input.offerId, await membershipOf(ctx), "CLAIM");
  return ok(undefined, "offers.claimed");
});
