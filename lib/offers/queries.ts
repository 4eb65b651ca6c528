import "server-only";

import { db } from "@/lib/db";

/** A partner of the tenant, for its edit page (another tenant's id is simply not found). */
export async function getPartner(tenantId: string, partnerId: string) {
  return db.partner.findFirst({ where: { id: partnerId.slice(0, 40), tenantId } });
}

/** An offer of the tenant for its edit page, and the partners it can belong to. */
export async function getOfferForEdit(tenantId: string, offerId: string) {
  const [offer, partners] = await Promise.all([
    db.offer.findFirst({ where: { id: offerId.slice(0, 40), tenantId } }),
    db.partner.findMany({ where: { tenantId }, orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } }),
  ]);
  return offer ? { offer, partners } : null;
}
