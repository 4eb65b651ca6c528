import type { z } from "zod";

import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDay, todayInTimeZone } from "@/lib/i18n/format";
import type { Actor } from "@/lib/tenancy/actor";

import { canClaim, hasExpired, isCurrent, isVisible, marks, type Viewer } from "./rules";
import type { TPortalOffersQuery, ZOffer, ZOffersQuery, ZPartner } from "./schemas";

type TenantDays = { id: string; timeZone: string };

export async function createPartner(actor: Actor, { logoUrl, ...input }: z.output<typeof ZPartner>) {
  return db.$transaction(async (tx) => {
    const partner = await tx.partner.create({
      data: { ...input, logoUrl: logoUrl || null, tenantId: actor.tenant.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "partner.created",
      targetType: "Partner",
      targetId: partner.id,
      details: { name: input.name },
    });
    return partner;
  });
}

export async function updatePartner(actor: Actor, partnerId: string, { logoUrl, ...input }: z.output<typeof ZPartner>) {
  const partner = await partnerInTenant(actor.tenant.id, partnerId);
  await db.$transaction(async (tx) => {
    await tx.partner.update({
      where: { id: partner.id, tenantId: actor.tenant.id },
      data: { ...input, logoUrl: logoUrl || null },
    });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "partner.updated",
      targetType: "Partner",
      targetId: partner.id,
      details: { name: input.name },
    });
  });
}

type Announce = (
  tx: Tx,
  offer: { id: string; title: string; discount: string; partnerName: string },
) => Promise<unknown>;

async function partnerInTenant(tenantId: string, partnerId: string) {
  // The partner must belong to the same tenant: an id from elsewhere is not found.
  const partner = await db.partner.findFirst({ where: { id: partnerId, tenantId }, select: { id: true, name: true } });
  if (!partner) throw new ActionError("errors.notFound", "partnerId");
  return partner;
}

function offerData({ publish: _publish, validFrom, validUntil, ...rest }: z.output<typeof ZOffer>) {
  return {
    ...rest,
    validFrom: calendarDay(validFrom),
    validUntil: validUntil ? calendarDay(validUntil) : null,
  };
}

function stillRunning(actor: Actor, validUntil: Date | null): boolean {
  return !hasExpired({ validUntil }, todayInTimeZone(actor.tenant.timeZone));
}

export async function createOffer(actor: Actor, input: z.output<typeof ZOffer>, announce?: Announce) {
  const partner = await partnerInTenant(actor.tenant.id, input.partnerId);
  const data = offerData(input);
  return db.$transaction(
    async (tx) => {
      const offer = await tx.offer.create({
        data: { ...data, tenantId: actor.tenant.id, status: input.publish ? "PUBLISHED" : "DRAFT" },
        select: { id: true },
      });
      await recordAudit(tx, {
        tenantId: actor.tenant.id,
        actorId: actor.user.id,
        action: "offer.created",
        targetType: "Offer",
        targetId: offer.id,
        details: { title: input.title },
      });
      if (input.publish && stillRunning(actor, data.validUntil))
        await announce?.(tx, { id: offer.id, title: input.title, discount: input.discount, partnerName: partner.name });
      return offer;
    },
    { timeout: 60_000 },
  );
}

async function offerInTenant(tenantId: string, offerId: string) {
  const offer = await db.offer.findFirst({
    where: { id: offerId, tenantId },
    select: {
      id: true,
      status: true,
      title: true,
      discount: true,
      validUntil: true,
      partner: { select: { name: true } },
    },
  });
  if (!offer) throw new ActionError("errors.notFound");
  return offer;
}

/** Edits an offer; publishing a draft announces it to the members who asked for it. */
export async function updateOffer(
  actor: Actor,
  { offerId, input }: { offerId: string; input: z.output<typeof ZOffer> },
  announce?: Announce,
) {
  const offer = await offerInTenant(actor.tenant.id, offerId);
  const partner = await partnerInTenant(actor.tenant.id, input.partnerId);
  const publishing = offer.status === "DRAFT" && input.publish;
  const data = offerData(input);
  await db.$transaction(
    async (tx) => {
      await tx.offer.update({
        where: { id: offer.id, tenantId: actor.tenant.id },
        data: { ...data, ...(publishing ? { status: "PUBLISHED" } : {}) },
      });
      await recordAudit(tx, {
        tenantId: actor.tenant.id,
        actorId: actor.user.id,
        action: publishing ? "offer.published" : "offer.updated",
        targetType: "Offer",
        targetId: offer.id,
      });
      if (publishing && stillRunning(actor, data.validUntil))
        await announce?.(tx, { id: offer.id, title: input.title, discount: input.discount, partnerName: partner.name });
    },
    { timeout: 60_000 },
  );
}

/** Publish (a draft or an archived offer) or archive; only a first publication is announced. */
export async function setOfferStatus(
  actor: Actor,
  { offerId, status }: { offerId: string; status: "PUBLISHED" | "ARCHIVED" },
  announce?: Announce,
) {
  const offer = await offerInTenant(actor.tenant.id, offerId);
  if (offer.status === status) return;
  await db.$transaction(
    async (tx) => {
      await tx.offer.update({ where: { id: offer.id, tenantId: actor.tenant.id }, data: { status } });
      await recordAudit(tx, {
        tenantId: actor.tenant.id,
        actorId: actor.user.id,
        action: status === "ARCHIVED" ? "offer.archived" : "offer.published",
        targetType: "Offer",
        targetId: offer.id,
      });
      if (status === "PUBLISHED" && offer.status === "DRAFT" && stillRunning(actor, offer.validUntil))
        await announce?.(tx, {
          id: offer.id,
          title: offer.title,
          discount: offer.discount,
          partnerName: offer.partner.name,
        });
    },
    { timeout: 60_000 },
  );
}

type OffersFilter = z.output<typeof ZOffersQuery> & { now?: Date };

/** Published, current offers of the tenant for this viewer, by category and search. */
function visibleOffersWhere(
  tenantId: string,
  { viewer, query, today }: { viewer: Viewer; query: z.output<typeof ZOffersQuery>; today: Date },
) {
  return {
    tenantId,
    status: "PUBLISHED" as const,
    validFrom: { lte: today },
    OR: [{ validUntil: null }, { validUntil: { gte: today } }],
    ...(viewer === "NEWCOMER" ? { audience: "MEMBERS_AND_NEWCOMERS" as const } : {}),
    ...(query.category ? { partner: { category: query.category } } : {}),
    ...(query.q
      ? {
          AND: [
            {
              OR: [
                { title: { contains: query.q, mode: "insensitive" as const } },
                { description: { contains: query.q, mode: "insensitive" as const } },
                { partner: { name: { contains: query.q, mode: "insensitive" as const } } },
              ],
            },
          ],
        }
      : {}),
  } satisfies Prisma.OfferWhereInput;
}

// Ending first, then the newest; the id keeps the order of equal rows the same from one page to the next.
const VISIBLE_OFFERS_ORDER = [
  { validUntil: { sort: "asc", nulls: "last" } },
  { createdAt: "desc" },
  { id: "asc" },
] satisfies Prisma.OfferOrderByWithRelationInput[];

const VISIBLE_OFFER_SELECT = {
  id: true,
  title: true,
  description: true,
  discount: true,
  howToClaim: true,
  conditions: true,
  validFrom: true,
  validUntil: true,
  audience: true,
  status: true,
  createdAt: true,
  partner: { select: { name: true, category: true, address: true, website: true, phone: true, logoUrl: true } },
} satisfies Prisma.OfferSelect;

type VisibleOfferRow = Prisma.OfferGetPayload<{ select: typeof VISIBLE_OFFER_SELECT }>;

function shown(offers: VisibleOfferRow[], { viewer, today, now }: { viewer: Viewer; today: Date; now: Date }) {
  return offers
    .filter((o) => isVisible(o, today))
    .map(({ howToClaim, ...o }) => ({
      ...o,
      ...marks(o, today, now),
      howToClaim: canClaim(o, viewer) ? howToClaim : null,
    }));
}

/** Published, current offers of the tenant, by category and search; claim details only where allowed. */
export async function listVisibleOffers(
  tenant: TenantDays,
  viewer: Viewer,
  { now = new Date(), ...query }: OffersFilter,
) {
  const today = todayInTimeZone(tenant.timeZone, now);
  const offers = await db.offer.findMany({
    where: visibleOffersWhere(tenant.id, { viewer, query, today }),
    orderBy: VISIBLE_OFFERS_ORDER,
    take: 100,
    select: VISIBLE_OFFER_SELECT,
  });
  return shown(offers, { viewer, today, now });
}

/** Offers per page of the member's portal (issue 11: 100 cards were 125 KB of HTML). */
export const PORTAL_OFFERS_PAGE_SIZE = 20;

/**
 * The member's portal list: a page of the visible offers and their total, in one statement (the count is a
 * subquery of the tenant's row, the page a join of it). Past the last page: no rows, the total still there.
 */
export async function listPortalOffers(
  tenant: TenantDays,
  { now = new Date(), page, ...query }: TPortalOffersQuery & { now?: Date },
) {
  const today = todayInTimeZone(tenant.timeZone, now);
  const where = visibleOffersWhere(tenant.id, { viewer: "MEMBER", query, today });
  const found = await db.tenant.findUnique({
    where: { id: tenant.id },
    select: {
      _count: { select: { offers: { where } } },
      offers: {
        where,
        orderBy: VISIBLE_OFFERS_ORDER,
        skip: (page - 1) * PORTAL_OFFERS_PAGE_SIZE,
        take: PORTAL_OFFERS_PAGE_SIZE,
        select: VISIBLE_OFFER_SELECT,
      },
    },
  });
  const total = found?._count.offers ?? 0;
  return {
    rows: shown(found?.offers ?? [], { viewer: "MEMBER", today, now }),
    total,
    pageCount: Math.max(1, Math.ceil(total / PORTAL_OFFERS_PAGE_SIZE)),
  };
}

/**
 * The same rules as the list, checked again here: a replayed request with the id of a draft, archived,
 * future or expired offer, or one outside the viewer's audience, is not found.
 */
export async function claimableOffer(
  tenant: TenantDays,
  { offerId, viewer, now = new Date() }: { offerId: string; viewer: Viewer; now?: Date },
) {
  const offer = await db.offer.findFirst({
    where: { id: offerId, tenantId: tenant.id, status: "PUBLISHED" },
    select: { id: true, howToClaim: true, audience: true, validFrom: true, validUntil: true },
  });
  if (!offer || !isCurrent(offer, todayInTimeZone(tenant.timeZone, now)) || !canClaim(offer, viewer))
    throw new ActionError("errors.notFound");
  return offer;
}

/** A member opens an offer or says they use it: the actor's own membership, never an id from the client. */
export async function recordOfferUse(
  { tenant, membershipId }: Pick<Actor, "tenant" | "membershipId">,
  { offerId, kind }: { offerId: string; kind: "VIEW" | "CLAIM" },
  now = new Date(),
) {
  const offer = await claimableOffer(tenant, { offerId, viewer: "MEMBER", now });
  // Counted once per member, offer, kind and (UTC) day: repeated clicks cannot inflate the report.
  const dayStart = new Date(now.toISOString().slice(0, 10) + "T00:00:00Z");
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`offer-use:${offer.id}:${membershipId}`}, 0))`;
    const already = await tx.offerUse.count({
      where: { tenantId: tenant.id, offerId: offer.id, membershipId, kind, createdAt: { gte: dayStart } },
    });
    if (already === 0)
      await tx.offerUse.create({ data: { tenantId: tenant.id, offerId: offer.id, membershipId, kind } });
  });
  return offer;
}

/** Per offer: how many views and "I use it" clicks, for the partner report. */
export async function partnerReport(tenantId: string) {
  const partners = await db.partner.findMany({
    where: { tenantId },
    orderBy: { name: "asc" },
    take: 200,
    select: {
      id: true,
      name: true,
      category: true,
      offers: { select: { id: true, title: true, status: true, validUntil: true }, orderBy: { createdAt: "desc" } },
    },
  });
  const uses = await db.offerUse.groupBy({ by: ["offerId", "kind"], where: { tenantId }, _count: { _all: true } });
  const count = (offerId: string, kind: "VIEW" | "CLAIM") =>
    uses.find((u) => u.offerId === offerId && u.kind === kind)?._count._all ?? 0;
  return partners.map((p) => ({
    ...p,
    offers: p.offers.map((o) => ({ ...o, views: count(o.id, "VIEW"), claims: count(o.id, "CLAIM") })),
  }));
}
