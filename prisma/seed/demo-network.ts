import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ReferralConsent, ReferralStatus } from "../../lib/generated/prisma/enums";
import { searchTextOf } from "../../lib/network/search-text";
import { hashLinkToken, newLinkToken } from "../../lib/tokens";
import { GUYANE_ACTORS, GUYANE_AIDS, MORLAIX_ACTORS, MORLAIX_AIDS } from "./demo-network-data";

const day = 86_400_000;
const mailOf = (name: string) =>
  `${name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40)}@reseau.demo.test`;

/** One referral per status (and one declined) on the demo requests, so every state can be seen. */
const REFERRAL_STATES: { status: ReferralStatus; consent: ReferralConsent; daysAgo: number }[] = [
  { status: "PROPOSED", consent: "PENDING", daysAgo: 1 },
  { status: "PROPOSED", consent: "ACCEPTED", daysAgo: 2 },
  { status: "CONTACTED", consent: "ACCEPTED", daysAgo: 9 },
  // Sent yesterday: awaiting the actor's answer, not late yet (the staff's tasks show both).
  { status: "CONTACTED", consent: "ACCEPTED", daysAgo: 1 },
  { status: "ANSWERED", consent: "ACCEPTED", daysAgo: 6 },
  { status: "HELPED", consent: "ACCEPTED", daysAgo: 20 },
  { status: "COULD_NOT_HELP", consent: "ACCEPTED", daysAgo: 15 },
  { status: "NO_ANSWER", consent: "ACCEPTED", daysAgo: 30 },
  { status: "PROPOSED", consent: "DECLINED", daysAgo: 4 },
];

/** The territory's network of a demo tenant (issue 12): idempotent, skipped once actors exist. */
export async function seedDemoNetwork(db: PrismaClient, tenant: { id: string; slug: string }, staffId: string) {
  if (await db.networkActor.count({ where: { tenantId: tenant.id } })) return;
  const guyane = tenant.slug.includes("guyane");
  const actors = guyane ? GUYANE_ACTORS : MORLAIX_ACTORS;
  const aids = guyane ? GUYANE_AIDS : MORLAIX_AIDS;
  const created: { id: string; needs: string[]; contactId: string | null; name: string }[] = [];
  for (const [i, a] of actors.entries()) {
    const contacts = a.contact ? [{ name: a.contact[0], role: a.contact[1] }] : [];
    const actor = await db.networkActor.create({
      data: {
        tenantId: tenant.id,
        name: a.name,
        category: a.category,
        needTypes: a.needs,
        communes: a.communes,
        tags: a.tags ?? [],
        phone: a.phone ?? "",
        email: mailOf(a.name),
        notes: i % 3 === 0 ? "Interlocuteur fiable, répond vite." : "",
        searchText: searchTextOf({ name: a.name, communes: a.communes, tags: a.tags ?? [], contacts }),
        contacts: a.contact
          ? {
              create: {
                tenantId: tenant.id,
                name: a.contact[0],
                role: a.contact[1],
                reachHint: a.contact[2],
                email: mailOf(a.contact[0]),
              },
            }
          : undefined,
      },
      select: { id: true, contacts: { select: { id: true } } },
    });
    created.push({ id: actor.id, needs: a.needs, contactId: actor.contacts[0]?.id ?? null, name: a.name });
  }
  await db.installationAid.createMany({
    data: aids.map((aid) => ({
      tenantId: tenant.id,
      name: aid.name,
      funder: aid.funder,
      amount: aid.amount,
      professions: aid.professions ?? [],
      practiceModes: aid.modes ?? [],
      zones: aid.zones,
      conditions: aid.conditions,
      howToApply: aid.howToApply,
    })),
  });

  const needs = await db.requestNeed.findMany({
    where: { tenantId: tenant.id, request: { anonymisedAt: null, stage: { in: ["NEW", "QUALIFIED", "IN_PROGRESS"] } } },
    select: {
      id: true,
      type: true,
      details: true,
      request: {
        select: { id: true, firstName: true, lastName: true, profession: true, desiredArrivalDate: true },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  let state = 0;
  for (const need of needs) {
    if (state >= REFERRAL_STATES.length) break;
    const actor = created.find((a) => a.needs.includes(need.type));
    if (!actor) continue;
    const s = REFERRAL_STATES[state++];
    const createdAt = new Date(Date.now() - s.daysAgo * day);
    const contacted = s.consent === "ACCEPTED" && s.status !== "PROPOSED";
    const { notes: _notes, ...details } = (need.details ?? {}) as Record<string, unknown>;
    await db.referral.create({
      data: {
        tenantId: tenant.id,
        requestId: need.request.id,
        needId: need.id,
        actorId: actor.id,
        contactId: actor.contactId,
        staffId,
        status: s.status,
        consent: s.consent,
        consentChannel: s.consent === "PENDING" ? null : "TRACKING_PAGE",
        consentAt: s.consent === "PENDING" ? null : new Date(createdAt.getTime() + 3_600_000),
        sharedDetails: {
          firstName: need.request.firstName,
          lastName: need.request.lastName,
          profession: need.request.profession,
          arrivalDate: need.request.desiredArrivalDate?.toISOString().slice(0, 10) ?? null,
          needType: need.type,
          needDetails: details as never,
        },
        // Demo links are random and never sent: nobody holds them.
        actorTokenHash: contacted ? hashLinkToken(newLinkToken()) : null,
        actorTokenExpiresAt: contacted ? new Date(createdAt.getTime() + 30 * day) : null,
        contactedAt: contacted ? new Date(createdAt.getTime() + 2 * 3_600_000) : null,
        answeredAt: ["ANSWERED", "HELPED", "COULD_NOT_HELP"].includes(s.status)
          ? new Date(createdAt.getTime() + day)
          : null,
        actorAnswer:
          s.status === "ANSWERED" || s.status === "HELPED"
            ? "CAN_HELP"
            : s.status === "COULD_NOT_HELP"
              ? "CANNOT_HELP"
              : null,
        actorMessage: s.status === "ANSWERED" ? "Je peux proposer un rendez-vous la semaine prochaine." : "",
        closedAt: ["HELPED", "COULD_NOT_HELP", "NO_ANSWER"].includes(s.status)
          ? new Date(createdAt.getTime() + 5 * day)
          : null,
        createdAt,
      },
    });
    await db.requestEvent.create({
      data: {
        tenantId: tenant.id,
        requestId: need.request.id,
        actorId: staffId,
        actorLabel: "Équipe",
        type: "referral.proposed",
        data: { actor: actor.name, needType: need.type },
        public: true,
        createdAt,
      },
    });
    if (contacted) await db.networkActor.update({ where: { id: actor.id }, data: { lastContactedAt: createdAt } });
  }
}
