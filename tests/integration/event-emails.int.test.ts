import { randomUUID } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { actAs } from "./support/act-as";
import {
  createTestEvent,
  createTestHouseholdMember,
  createTestRequest,
  createTestTenant,
  type TestTenant,
} from "./support/factories";

const {
  inviteNewcomerToEventAction: inviteNewcomerToEvent,
  messageRegistrantsAction: messageRegistrants,
  registerToEventAction: registerToEvent,
} = await import("@/lib/events/actions");

let a: TestTenant;
const day = 86_400_000;
// Intl writes amounts with no-break spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
const lastEmailTo = async (to: string, kind: string) =>
  plain((await db.outboundEmail.findFirstOrThrow({ where: { to, kind }, orderBy: { createdAt: "desc" } })).text);

function event(title: string, prices: { priceMemberCents: number; priceCompanionCents: number }) {
  return createTestEvent(a.tenant.id, {
    title,
    kind: "OUTING",
    place: "Carantec",
    capacity: 20,
    maxCompanions: 3,
    audience: "MEMBERS_AND_NEWCOMERS",
    startsAt: new Date(Date.now() + 20 * day),
    endsAt: new Date(Date.now() + 20 * day + 3 * 3600_000),
    registrationDeadline: new Date(Date.now() + 10 * day),
    ...prices,
  });
}

beforeAll(async () => {
  a = await createTestTenant("mails-a");
});
beforeEach(() => {
  actAs(null);
});

describe("event emails", () => {
  it("say the price in the confirmation: the member's place, each companion's, the total", async () => {
    const paid = await event("Sortie en vieux gréement", { priceMemberCents: 1250, priceCompanionCents: 600 });
    const free = await event("Pique-nique", { priceMemberCents: 0, priceCompanionCents: 0 });
    const household = await Promise.all(
      ["Lou", "Noé"].map((firstName) => createTestHouseholdMember(a.tenant.id, a.member.membershipId, { firstName })),
    );
    actAs(a.member);
    const companionIds = household.map((h) => h.id);
    expect(await registerToEvent(a.tenant.slug, { eventId: paid.id, companionIds })).toMatchObject({ ok: true });
    expect(await lastEmailTo(a.member.email, "event.confirmed")).toContain(
      "Participation : 12,50 € pour vous + 2 × 6,00 € pour vos accompagnants, soit 24,50 € au total.",
    );
    expect(await registerToEvent(a.tenant.slug, { eventId: free.id, companionIds: [] })).toMatchObject({ ok: true });
    expect(await lastEmailTo(a.member.email, "event.confirmed")).toContain("Participation : gratuite.");
  });

  it("send newcomers a link they can open when staff write to everyone registered", async () => {
    const request = await createTestRequest(a.tenant.id, { email: `arrivee-${randomUUID().slice(0, 8)}@exemple.test` });
    const target = await event("Soirée d'accueil", { priceMemberCents: 0, priceCompanionCents: 0 });
    actAs(a.member);
    await registerToEvent(a.tenant.slug, { eventId: target.id, companionIds: [] });
    actAs(a.staff);
    await inviteNewcomerToEvent(a.tenant.slug, { requestId: request.id, eventId: target.id, companions: 0 });
    expect(
      await messageRegistrants(a.tenant.slug, { eventId: target.id, subject: "Parking", body: "Garez-vous au port." }),
    ).toMatchObject({ ok: true });

    const newcomerCopy = await lastEmailTo(request.email, "event.message");
    expect(newcomerCopy).toContain("/mes-demandes");
    expect(newcomerCopy).not.toContain("/portal/");
    expect(newcomerCopy).not.toContain("Voir mes inscriptions");
    const memberCopy = await lastEmailTo(a.member.email, "event.message");
    expect(memberCopy).toContain(`/${a.tenant.slug}/portal/events`);
  });
});
