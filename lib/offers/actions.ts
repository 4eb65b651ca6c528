"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import type { Tx } from "@/lib/db";
import { ok } from "@/lib/forms/result";
import { announceToMembers } from "@/lib/members/announce";
import { tenantAction } from "@/lib/tenancy/action";
import type { SignedInTenantContext } from "@/lib/tenancy/guard";

import { ZOffer, ZOfferStatus, ZOfferUpdate, ZPartner, ZPartnerUpdate } from "./schemas";
import {
  createOffer as createOfferInTenant,
  createPartner as createPartnerInTenant,
  recordOfferUse,
  setOfferStatus,
  updateOffer as updateOfferInTenant,
  updatePartner as updatePartnerInTenant,
} from "./service";

export const createPartnerAction = tenantAction("partners.manage", ZPartner, async (ctx, input) => {
  await createPartnerInTenant(ctx, input);
  revalidatePath(`/${ctx.tenant.slug}/admin/partners`);
  return ok(undefined, "offers.partnerCreated");
});

export const updatePartnerAction = tenantAction(
  "partners.manage",
  ZPartnerUpdate,
  async (ctx, { partnerId, ...input }) => {
    await updatePartnerInTenant(ctx, partnerId, input);
    revalidatePath(`/${ctx.tenant.slug}/admin/partners`, "layout");
    return ok(undefined, "offers.partnerUpdated");
  },
);

function announcer(tenant: SignedInTenantContext["tenant"]) {
  return (tx: Tx, offer: { id: string; title: string; discount: string; partnerName: string }) =>
    announceToMembers(tx, tenant, {
      topic: "offers",
      kind: "offer.announced",
      compose: (t) => ({
        subject: t("mail.announcement.offerSubject", { partner: offer.partnerName }),
        paragraphs: [
          t("mail.announcement.offerBody", {
            partner: offer.partnerName,
            title: offer.title,
            discount: offer.discount,
          }),
        ],
      }),
      path: `/${tenant.slug}/portal/offers`,
    });
}

export const createOfferAction = tenantAction("partners.manage", ZOffer, async (ctx, input) => {
  const { tenant } = ctx;
  await createOfferInTenant(ctx, input, announcer(tenant));
  revalidatePath(`/${tenant.slug}/admin/partners`);
  return ok(undefined, "offers.offerCreated");
});

export const updateOfferAction = tenantAction("partners.manage", ZOfferUpdate, async (ctx, { offerId, ...input }) => {
  const { tenant } = ctx;
  await updateOfferInTenant(ctx, { offerId, input }, announcer(tenant));
  revalidatePath(`/${tenant.slug}/admin/partners`, "layout");
  return ok(undefined, "offers.offerUpdated");
});

export const changeOfferStatusAction = tenantAction("partners.manage", ZOfferStatus, async (ctx, input) => {
  const { tenant } = ctx;
  await setOfferStatus(ctx, input, announcer(tenant));
  revalidatePath(`/${tenant.slug}/admin/partners`, "layout");
  return ok(undefined, input.status === "ARCHIVED" ? "offers.archived" : "offers.published");
});

const ZOfferId = z.object({ offerId: z.string().min(1).max(40) });

/**
 * Opening an offer counts a view and reveals how to claim it: only a current offer (the CPTS's calendar
 * days), published, for the audience allowed. The list's filters are not trusted: this action is public.
 */
export const revealOfferAction = tenantAction("portal.view", ZOfferId, async (ctx, input) => {
  const offer = await recordOfferUse(ctx, { offerId: input.offerId, kind: "VIEW" });
  return ok({ howToClaim: offer.howToClaim });
});

export const claimOfferAction = tenantAction("portal.view", ZOfferId, async (ctx, input) => {
  await recordOfferUse(ctx, { offerId: input.offerId, kind: "CLAIM" });
  return ok(undefined, "offers.claimed");
});
