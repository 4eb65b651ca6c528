import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTOR_LINK_DAYS } from "@/lib/network/referrals";
import { searchTextOf } from "@/lib/network/search-text";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

type ActorOverrides = Partial<Omit<Prisma.NetworkActorUncheckedCreateInput, "tenantId" | "searchText" | "contacts">> & {
  /** People to reach there: created with the actor, and found by the directory's search like its name. */
  contacts?: { name: string; role?: string }[];
};

/** An actor of the territory's network (an estate agency helping with housing, by default), searchable. */
export function createTestActor(tenantId: string, overrides: ActorOverrides = {}) {
  const { contacts = [], ...rest } = overrides;
  const fields = {
    name: `Agence du port ${randomUUID().slice(0, 8)}`,
    category: "ESTATE_AGENCY" as const,
    needTypes: ["TEMPORARY_HOUSING" as const, "LONG_TERM_HOUSING" as const],
    communes: ["Saint-Laurent-du-Maroni"],
    tags: [] as string[],
    email: "agence@exemple.test",
    ...rest,
  };
  const asList = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const people = contacts.map((c) => ({ name: c.name, role: c.role ?? "" }));
  return db.networkActor.create({
    data: {
      ...fields,
      tenantId,
      searchText: searchTextOf({
        name: fields.name,
        communes: asList(fields.communes),
        tags: asList(fields.tags),
        address: fields.address,
        contacts: people,
      }),
      contacts: { create: people.map((c) => ({ ...c, tenantId })) },
    },
    select: { id: true, name: true },
  });
}

type ContactOverrides = Partial<Omit<Prisma.NetworkContactUncheckedCreateInput, "tenantId" | "actorId">>;

/** A person to reach at a network actor. */
export function createTestContact(tenantId: string, actorId: string, overrides: ContactOverrides = {}) {
  return db.networkContact.create({
    data: { name: "Nadia Leroy", role: "Gestionnaire", email: "nadia@exemple.test", ...overrides, tenantId, actorId },
    select: { id: true, name: true },
  });
}

type AidOverrides = Partial<Omit<Prisma.InstallationAidUncheckedCreateInput, "tenantId">>;

/** An installation aid of the territory (the region's, for every profession, no end date). */
export function createTestAid(tenantId: string, overrides: AidOverrides = {}) {
  return db.installationAid.create({
    data: {
      name: "Aide régionale à l'installation",
      funder: "REGION",
      amount: "jusqu'à 10 000 €",
      howToApply: "Dossier en ligne",
      ...overrides,
      tenantId,
    },
    select: { id: true, name: true },
  });
}

type ReferralOverrides = Partial<
  Omit<Prisma.ReferralUncheckedCreateInput, "tenantId" | "requestId" | "needId" | "actorId" | "actorTokenHash">
> & {
  /** Give the actor a private link (as after the newcomer's consent): its `token` is returned. */
  withActorLink?: boolean;
};

/**
 * A referral of a request's need to an actor: proposed and waiting for the newcomer's consent by
 * default; `withActorLink` makes it contacted, consent given, with a link for the actor.
 */
export async function createTestReferral(
  tenantId: string,
  of: { requestId: string; needId: string; actorId: string },
  overrides: ReferralOverrides = {},
) {
  const { withActorLink = false, ...fields } = overrides;
  const token = withActorLink ? newLinkToken() : null;
  const now = new Date();
  const referral = await db.referral.create({
    data: {
      ...(token && {
        status: "CONTACTED",
        consent: "ACCEPTED",
        consentChannel: "TRACKING_PAGE",
        consentAt: now,
        contactedAt: now,
        actorTokenHash: hashLinkToken(token),
        actorTokenExpiresAt: new Date(now.getTime() + ACTOR_LINK_DAYS * 86_400_000),
      }),
      ...fields,
      ...of,
      tenantId,
    },
    select: { id: true, status: true, consent: true },
  });
  return { ...referral, token };
}
