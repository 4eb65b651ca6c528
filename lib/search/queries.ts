import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { likeContains } from "@/lib/network/search-text";

import { SEARCH_MIN_LENGTH, searchWords } from "./schemas";

export const SEARCH_LIMIT = 10;

/** One line of a result group: what the staff recognise, and where to act on it. */
export type SearchHit = { id: string; title: string; detail: string; href: string };
export type SearchGroup = { key: SearchGroupKey; hits: SearchHit[]; more: boolean };

/**
 * A kind of thing the staff can find. To add one (the network actors, for instance), write a provider
 * that reads only rows of `tenant.id`, add its key to SearchGroupKey and `workspace.search.groups`, and
 * list it in SEARCH_PROVIDERS: the page shows its group with no other change. Each provider costs one
 * or two SQL statements (the search page stays within 6 with the guard).
 */
export type SearchGroupKey = "requests" | "members" | "network";
type Provider = {
  key: SearchGroupKey;
  find: (tenant: { id: string; slug: string }, words: string[]) => Promise<{ hits: SearchHit[]; more: boolean }>;
};

const contains = (value: string) => ({ contains: value, mode: "insensitive" as const });

const requestsProvider: Provider = {
  key: "requests",
  async find(tenant, words) {
    const where: Prisma.InstallationRequestWhereInput = {
      tenantId: tenant.id,
      anonymisedAt: null,
      AND: words.map((word) => ({
        OR: [
          { reference: contains(word) },
          { firstName: contains(word) },
          { lastName: contains(word) },
          { email: contains(word) },
        ],
      })),
    };
    const rows = await db.installationRequest.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: SEARCH_LIMIT + 1,
      select: { id: true, reference: true, firstName: true, lastName: true, email: true },
    });
    return {
      more: rows.length > SEARCH_LIMIT,
      hits: rows.slice(0, SEARCH_LIMIT).map((r) => ({
        id: r.id,
        title: `${r.reference} — ${r.firstName} ${r.lastName}`,
        detail: r.email,
        href: `/${tenant.slug}/admin/requests/${r.id}`,
      })),
    };
  },
};

const membersProvider: Provider = {
  key: "members",
  async find(tenant, words) {
    const rows = await db.membership.findMany({
      where: {
        tenantId: tenant.id,
        AND: words.map((word) => ({ user: { OR: [{ name: contains(word) }, { email: contains(word) }] } })),
      },
      orderBy: { createdAt: "desc" },
      take: SEARCH_LIMIT + 1,
      select: { id: true, user: { select: { name: true, email: true } } },
    });
    return {
      more: rows.length > SEARCH_LIMIT,
      hits: rows.slice(0, SEARCH_LIMIT).map((m) => ({
        id: m.id,
        title: m.user.name ?? m.user.email,
        detail: m.user.email,
        href: `/${tenant.slug}/admin/members/${m.id}`,
      })),
    };
  },
};

/** Actors of the territory network, by any word of their name, contacts or communes, accents ignored. */
const networkProvider: Provider = {
  key: "network",
  async find(tenant, words) {
    const each = words.map((w) => Prisma.sql`network_unaccent("searchText") LIKE network_unaccent(${likeContains(w)})`);
    const rows = await db.$queryRaw<{ id: string; name: string; email: string; communes: string[] }[]>`
      SELECT "id", "name", "email", "communes" FROM "NetworkActor"
      WHERE "tenantId" = ${tenant.id} AND ${Prisma.join(each, " AND ")}
      ORDER BY "name" LIMIT ${SEARCH_LIMIT + 1}`;
    return {
      more: rows.length > SEARCH_LIMIT,
      hits: rows.slice(0, SEARCH_LIMIT).map((r) => ({
        id: r.id,
        title: r.name,
        detail: [r.email, r.communes.join(", ")].filter(Boolean).join(" · "),
        href: `/${tenant.slug}/admin/network/${r.id}`,
      })),
    };
  },
};

export const SEARCH_PROVIDERS: Provider[] = [requestsProvider, membersProvider, networkProvider];

/** The staff search, within one tenant: every provider in parallel. */
export async function searchWorkspace(tenant: { id: string; slug: string }, q: string): Promise<SearchGroup[]> {
  if (q.length < SEARCH_MIN_LENGTH) return [];
  const words = searchWords(q);
  return Promise.all(SEARCH_PROVIDERS.map(async (p) => ({ key: p.key, ...(await p.find(tenant, words)) })));
}
