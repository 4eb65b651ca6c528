import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NeedType } from "@/lib/generated/prisma/enums";

import type { TNetworkQuery } from "./schemas";
import { likeContains } from "./search-text";

export const NETWORK_PAGE_SIZE = 25;

/**
 * The directory's list: filters and an accent- and case-insensitive search ("helene" finds "Hélène"),
 * read through the trigram index on network_unaccent("searchText"). Two statements.
 */
export async function listActors(tenantId: string, query: TNetworkQuery) {
  const conditions: Prisma.Sql[] = [Prisma.sql`"tenantId" = ${tenantId}`];
  if (query.category) conditions.push(Prisma.sql`"category" = ${query.category}::"NetworkCategory"`);
  if (query.need) conditions.push(Prisma.sql`${query.need}::"NeedType" = ANY("needTypes")`);
  if (query.commune)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM unnest("communes") c WHERE network_unaccent(c) = network_unaccent(${query.commune}))`,
    );
  if (query.tag)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM unnest("tags") t WHERE network_unaccent(t) = network_unaccent(${query.tag}))`,
    );
  if (query.q)
    conditions.push(Prisma.sql`network_unaccent("searchText") LIKE network_unaccent(${likeContains(query.q)})`);
  const offset = (query.page - 1) * NETWORK_PAGE_SIZE;
  const rows = await db.$queryRaw<{ id: string; total: number }[]>`
    SELECT "id", count(*) OVER ()::int AS total FROM "NetworkActor"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY "name" ASC, "id" ASC LIMIT ${NETWORK_PAGE_SIZE} OFFSET ${offset}`;
  const ids = rows.map((r) => r.id);
  const actors = ids.length
    ? await db.networkActor.findMany({
        where: { tenantId, id: { in: ids } },
        select: {
          id: true,
          name: true,
          category: true,
          needTypes: true,
          communes: true,
          tags: true,
          phone: true,
          lastContactedAt: true,
          _count: { select: { referrals: { where: { status: "HELPED" } } } },
        },
      })
    : [];
  const byId = new Map(actors.map((a) => [a.id, a]));
  const total = rows[0]?.total ?? 0;
  return {
    actors: ids.map((id) => byId.get(id)!).filter(Boolean),
    total,
    pageCount: Math.max(1, Math.ceil(total / NETWORK_PAGE_SIZE)),
  };
}

/** The actor page: its people, and its referrals with their outcomes (the 100 latest). */
export async function findActor(tenantId: string, actorId: string) {
  return db.networkActor.findFirst({
    where: { id: actorId.slice(0, 40), tenantId },
    include: {
      contacts: { orderBy: { createdAt: "asc" } },
      referrals: {
        orderBy: { createdAt: "desc" },
        take: 100,
        select: {
          id: true,
          status: true,
          consent: true,
          createdAt: true,
          answeredAt: true,
          actorAnswer: true,
          need: { select: { type: true } },
          request: { select: { id: true, reference: true } },
          contact: { select: { name: true } },
        },
      },
    },
  });
}

/** Tags and communes already used, for the filters' suggestions. */
export async function actorFacets(tenantId: string) {
  const [row] = await db.$queryRaw<{ tags: string[] | null; communes: string[] | null }[]>`
    SELECT (SELECT array_agg(DISTINCT t ORDER BY t) FROM "NetworkActor", unnest("tags") t WHERE "tenantId" = ${tenantId}) AS tags,
           (SELECT array_agg(DISTINCT c ORDER BY c) FROM "NetworkActor", unnest("communes") c WHERE "tenantId" = ${tenantId}) AS communes`;
  return { tags: (row?.tags ?? []).slice(0, 200), communes: (row?.communes ?? []).slice(0, 200) };
}

/**
 * For each need of a request, the actors that fit: they help with this need type and cover the
 * newcomer's commune (or the whole territory). Those that helped before come first.
 */
export async function actorsForNeeds(tenantId: string, needTypes: NeedType[], commune: string) {
  if (needTypes.length === 0) return [];
  return db.$queryRaw<
    { id: string; name: string; category: string; needTypes: NeedType[]; helped: number; contacts: number }[]
  >`
    SELECT a."id", a."name", a."category"::text AS category, a."needTypes"::text[] AS "needTypes",
      (SELECT count(*)::int FROM "Referral" r WHERE r."actorId" = a."id" AND r."tenantId" = ${tenantId} AND r."status" = 'HELPED') AS helped,
      (SELECT count(*)::int FROM "NetworkContact" c WHERE c."actorId" = a."id" AND c."tenantId" = ${tenantId}) AS contacts
    FROM "NetworkActor" a
    WHERE a."tenantId" = ${tenantId}
      AND a."needTypes" && ${needTypes}::"NeedType"[]
      AND (cardinality(a."communes") = 0
        OR EXISTS (SELECT 1 FROM unnest(a."communes") c WHERE network_unaccent(${commune}) LIKE '%' || network_unaccent(c) || '%'))
    ORDER BY helped DESC, a."name" ASC
    LIMIT 200`;
}

/** What the staff's request page shows of each referral (also loaded with the request: lib/requests/queries.ts). */
export const staffReferralSelect = {
  id: true,
  needId: true,
  status: true,
  consent: true,
  consentChannel: true,
  contactedAt: true,
  answeredAt: true,
  actorAnswer: true,
  actorMessage: true,
  actorTokenExpiresAt: true,
  actorTokenRevokedAt: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
  contact: { select: { id: true, name: true, email: true } },
} satisfies Prisma.ReferralSelect;

/** What the request pages show of an aid marked as sent. */
export const sentAidSelect = {
  aidId: true,
  createdAt: true,
  aid: { select: { name: true, funder: true, amount: true, howToApply: true, link: true } },
} satisfies Prisma.RequestAidSentSelect;

/** The aids staff marked as sent to a request's newcomer. */
export async function sentAids(tenantId: string, requestId: string) {
  return db.requestAidSent.findMany({
    where: { tenantId, requestId },
    orderBy: { createdAt: "asc" },
    select: sentAidSelect,
  });
}

/** The newcomer's view of their referrals: never the staff note nor the actor's message. */
export const newcomerReferralSelect = {
  id: true,
  status: true,
  consent: true,
  actorAnswer: true,
  sharedDetails: true,
  actor: { select: { name: true, category: true } },
} satisfies Prisma.ReferralSelect;

export async function referralsForNewcomer(tenantId: string, requestId: string) {
  return db.referral.findMany({
    where: { tenantId, requestId },
    orderBy: { createdAt: "asc" },
    select: newcomerReferralSelect,
  });
}
