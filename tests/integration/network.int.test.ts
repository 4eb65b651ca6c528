import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { dailyDigestEmail } from "@/lib/mail/templates/digest";
import { aidsFor } from "@/lib/network/aids";
import { actorsCsv } from "@/lib/network/import";
import { listActors } from "@/lib/network/queries";
import { findReferralByToken } from "@/lib/network/referrals";
import { waitingReferrals } from "@/lib/network/waiting";
import { anonymiseRequest } from "@/lib/requests/anonymise";
import { submitIntake } from "@/lib/requests/intake";

import { actAs } from "./support/act-as";
import { actorOf, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

// Actions read the caller chosen with actAs(): imported once act-as has mocked the session.
const { addContactAction, createActorAction, importActorsAction, updateActorAction } =
  await import("@/lib/network/actor-actions");
const { createAidAction, markAidSentAction } = await import("@/lib/network/aid-actions");
const {
  answerConsentAction,
  answerReferralAction,
  introduceReferralAction,
  proposeReferralAction,
  recordPhoneConsentAction,
  revokeActorLinkAction,
  setReferralOutcomeAction,
} = await import("@/lib/network/referral-actions");
const { saveTenantSettingsAction: saveTenantSettings } = await import("@/lib/settings/actions");

let a: TestTenant;
let b: TestTenant;

const actorInput = (extra: Record<string, unknown> = {}) => ({
  name: `Agence ${randomUUID().slice(0, 6)}`,
  category: "ESTATE_AGENCY" as const,
  needTypes: ["TEMPORARY_HOUSING", "LONG_TERM_HOUSING"] as ("TEMPORARY_HOUSING" | "LONG_TERM_HOUSING")[],
  communes: "Saint-Laurent-du-Maroni",
  tags: "location meublée",
  website: "",
  address: "",
  phone: "",
  email: "agence@exemple.test",
  notes: "Très réactive",
  ...extra,
});

async function newActor(t: TestTenant, extra: Record<string, unknown> = {}) {
  actAs(t.staff);
  const result = await createActorAction(t.tenant.slug, actorInput(extra));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

/** A request of tenant t; the tracking token is read back from the outbox, as the newcomer would. */
async function newRequest(t: TestTenant) {
  const input = intakeInput();
  await submitIntake({ ...t.tenant, referencePrefix: "NET", firstResponseDays: 2 }, input, { ip: randomUUID() });
  const request = await db.installationRequest.findFirstOrThrow({
    where: { tenantId: t.tenant.id, email: input.identity.email },
    select: { id: true, needs: { select: { id: true, type: true } } },
  });
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { tenantId: t.tenant.id, to: input.identity.email, kind: "request.received" },
  });
  const token = mail.text.match(/\/track\/([A-Za-z0-9_-]{43})/)![1];
  const housing = request.needs.find((n) => n.type === "TEMPORARY_HOUSING")!;
  return { id: request.id, token, housingNeedId: housing.id, email: input.identity.email };
}

async function orientationToken(tenantId: string, referralId: string) {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { tenantId, kind: "referral.introduction" },
    orderBy: { createdAt: "desc" },
  });
  const referral = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
  const token = mail.text.match(/\/orientation\/([A-Za-z0-9_-]{43})/)![1];
  expect(referral.actorTokenHash).not.toBe(token);
  return token;
}

beforeAll(async () => {
  a = await createTestTenant("net-a");
  b = await createTestTenant("net-b");
});

describe("the network directory", () => {
  it("is managed by staff and coordinators only; members and other tenants are refused with real ids", async () => {
    actAs(a.member);
    expect(await createActorAction(a.tenant.slug, actorInput())).toEqual({ ok: false, formError: "errors.forbidden" });
    const id = await newActor(a);
    actAs(a.coordinator);
    expect(
      (
        await addContactAction(a.tenant.slug, {
          actorId: id,
          name: "Hélène Joseph",
          role: "Gérante",
          phone: "",
          email: "",
          reachHint: "matin",
        })
      ).ok,
    ).toBe(true);
    actAs(b.staff);
    expect(
      await addContactAction(b.tenant.slug, {
        actorId: id,
        name: "Intrus",
        role: "",
        phone: "",
        email: "",
        reachHint: "",
      }),
    ).toMatchObject({ ok: false, formError: "errors.notFound" });
    expect(await updateActorAction(b.tenant.slug, { ...actorInput(), actorId: id })).toMatchObject({
      ok: false,
      formError: "errors.notFound",
    });
    actAs(b.staff);
    expect(
      await addContactAction(a.tenant.slug, {
        actorId: id,
        name: "Intrus",
        role: "",
        phone: "",
        email: "",
        reachHint: "",
      }),
    ).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await db.networkContact.count({ where: { actorId: id } })).toBe(1);
    expect((await listActors(b.tenant.id, { page: 1 })).actors.map((x) => x.id)).not.toContain(id);
  });

  it("searches without accents or case: 'helene' finds Hélène, 'creche' finds a crèche", async () => {
    const creche = await newActor(a, {
      name: "Crèche Les Petits Lutins",
      category: "CHILDCARE",
      needTypes: ["CHILDCARE"],
      tags: "horaires étendus",
    });
    const helene = (
      await db.networkContact.findFirstOrThrow({ where: { tenantId: a.tenant.id, name: "Hélène Joseph" } })
    ).actorId;
    expect((await listActors(a.tenant.id, { q: "helene", page: 1 })).actors.map((x) => x.id)).toEqual([helene]);
    expect((await listActors(a.tenant.id, { q: "HÉLÈNE", page: 1 })).actors.map((x) => x.id)).toEqual([helene]);
    expect((await listActors(a.tenant.id, { q: "creche", page: 1 })).actors.map((x) => x.id)).toEqual([creche]);
    expect((await listActors(a.tenant.id, { q: "100%", page: 1 })).actors).toEqual([]);
    expect((await listActors(a.tenant.id, { need: "CHILDCARE", page: 1 })).actors.map((x) => x.id)).toEqual([creche]);
    expect((await listActors(a.tenant.id, { tag: "Horaires etendus", page: 1 })).actors.map((x) => x.id)).toEqual([
      creche,
    ]);
    expect((await listActors(a.tenant.id, { commune: "saint-laurent-du-maroni", page: 1 })).total).toBeGreaterThan(0);
    expect((await listActors(a.tenant.id, { category: "TRANSPORT", page: 1 })).total).toBe(0);
    // The search uses the trigram index on the folded text.
    const [index] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'NetworkActor_searchText_trgm_idx'`;
    expect(index.n).toBe(1);
  });

  it("imports a CSV with a line report, and exports what it can read back", async () => {
    actAs(a.staff);
    const csv = [
      "nom;catégorie;besoins;communes;e-mail",
      "France Travail Morlaix;Service de l'emploi;Emploi pour mon conjoint ou ma conjointe;Morlaix;",
      "Sans catégorie;Banane;;;",
      "CAF du Finistère;Administration (ARS, CPAM, Ordre, URSSAF, CAF, mairie…);Démarches administratives | Garde d'enfants;;pas-un-mail",
    ].join("\n");
    const checked = await importActorsAction(a.tenant.slug, { csv, dryRun: true });
    expect(checked).toMatchObject({ ok: true, data: { valid: 1, invalid: 2, imported: 0 } });
    if (!checked.ok) throw new Error();
    expect(checked.data.lines.find((l) => l.line === 3)?.errors).toEqual([
      { field: "category", key: "network.import.errors.category" },
    ]);
    expect(checked.data.lines.find((l) => l.line === 4)?.errors[0].field).toBe("email");
    expect(await db.networkActor.count({ where: { tenantId: a.tenant.id, name: "France Travail Morlaix" } })).toBe(0);
    expect(await importActorsAction(a.tenant.slug, { csv, dryRun: false })).toMatchObject({
      ok: true,
      data: { imported: 1 },
    });
    expect(await importActorsAction(a.tenant.slug, { csv, dryRun: false })).toMatchObject({
      ok: true,
      data: { imported: 0, existing: 1 },
    });
    const exported = await actorsCsv(a.tenant.id);
    expect(exported).toContain("France Travail Morlaix");
    expect(await actorsCsv(b.tenant.id)).not.toContain("France Travail Morlaix");
  });
});

describe("referring a need", () => {
  it("shares nothing before the newcomer's consent, then lets the actor answer through a private link", async () => {
    const actorId = await newActor(a);
    const request = await newRequest(a);
    actAs(a.staff);
    expect(await proposeReferralAction(a.tenant.slug, { needId: request.housingNeedId, actorId })).toMatchObject({
      ok: true,
    });
    const referral = await db.referral.findFirstOrThrow({ where: { requestId: request.id } });
    expect(referral).toMatchObject({ status: "PROPOSED", consent: "PENDING" });
    // Only that need's details: never the other needs, the message or notes.
    const shared = referral.sharedDetails as Record<string, unknown>;
    expect(shared).toMatchObject({
      firstName: "Camille",
      profession: "SAGE_FEMME",
      arrivalDate: "2027-03-01",
      needType: "TEMPORARY_HOUSING",
    });
    expect(JSON.stringify(shared)).not.toContain("professeur des écoles");
    expect(JSON.stringify(shared)).not.toContain("hâte");

    // Nothing leaves without consent.
    expect(await introduceReferralAction(a.tenant.slug, { referralId: referral.id })).toMatchObject({
      ok: false,
      formError: "network.errors.consentRequired",
    });
    expect(await db.outboundEmail.count({ where: { tenantId: a.tenant.id, kind: "referral.introduction" } })).toBe(0);

    // The newcomer answers with their own token only.
    const other = await newRequest(a);
    actAs(null);
    expect(
      await answerConsentAction(a.tenant.slug, { token: other.token, referralId: referral.id, accept: true }),
    ).toMatchObject({ ok: false, formError: "errors.notFound" });
    expect(
      await answerConsentAction(b.tenant.slug, { token: request.token, referralId: referral.id, accept: true }),
    ).toMatchObject({ ok: false, formError: "errors.notFound" });
    expect(
      await answerConsentAction(a.tenant.slug, { token: request.token, referralId: referral.id, accept: true }),
    ).toMatchObject({ ok: true });
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({
      consent: "ACCEPTED",
      consentChannel: "TRACKING_PAGE",
    });

    // Other tenants' staff and members cannot send it, with real ids.
    actAs(b.staff);
    expect(await introduceReferralAction(b.tenant.slug, { referralId: referral.id })).toMatchObject({
      ok: false,
      formError: "errors.notFound",
    });
    actAs(a.member);
    expect(await introduceReferralAction(a.tenant.slug, { referralId: referral.id })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });

    actAs(a.staff);
    expect(await introduceReferralAction(a.tenant.slug, { referralId: referral.id })).toMatchObject({ ok: true });
    const token = await orientationToken(a.tenant.id, referral.id);
    const stored = await db.outboundEmail.findFirstOrThrow({
      where: { tenantId: a.tenant.id, kind: "referral.introduction" },
    });
    expect(stored.to).toBe("agence@exemple.test");
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ status: "CONTACTED" });

    // The actor sees only what was shared, in the tenant of the link only.
    const seen = await findReferralByToken(a.tenant.id, token);
    expect(seen?.id).toBe(referral.id);
    expect(Object.keys(seen!)).not.toContain("note");
    expect(await findReferralByToken(b.tenant.id, token)).toBeNull();

    actAs(null);
    expect(await answerReferralAction(b.tenant.slug, { token, answer: "CAN_HELP", message: "" })).toMatchObject({
      ok: false,
      formError: "errors.notFound",
    });
    expect(
      await answerReferralAction(a.tenant.slug, { token, answer: "CAN_HELP", message: "Deux T2 disponibles en mars." }),
    ).toMatchObject({ ok: true });
    const answered = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(answered).toMatchObject({ status: "ANSWERED", actorAnswer: "CAN_HELP" });
    expect(
      await db.outboundEmail.count({ where: { tenantId: a.tenant.id, kind: "referral.answered" } }),
    ).toBeGreaterThan(0);
    const events = await db.requestEvent.findMany({
      where: { requestId: request.id },
      select: { type: true, public: true },
    });
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(["referral.proposed", "referral.consented", "referral.contacted", "referral.answered"]),
    );
    expect(await db.auditLog.count({ where: { tenantId: a.tenant.id, action: "referral.answered" } })).toBe(1);

    actAs(a.staff);
    expect(await setReferralOutcomeAction(a.tenant.slug, { referralId: referral.id, status: "HELPED" })).toMatchObject({
      ok: true,
    });
    // The actor's link stops when revoked: the same not-found as any bad token.
    expect(await revokeActorLinkAction(a.tenant.slug, { referralId: referral.id })).toMatchObject({ ok: true });
    expect(await findReferralByToken(a.tenant.id, token)).toBeNull();
    actAs(null);
    for (const bad of [token, "x".repeat(43), "short", token.slice(0, 42) + "A"]) {
      expect(await answerReferralAction(a.tenant.slug, { token: bad, answer: "CANNOT_HELP", message: "" })).toEqual({
        ok: false,
        formError: "errors.notFound",
      });
    }
  });

  it("expires the actor's link after 30 days, and accepts a consent given by phone", async () => {
    const actorId = await newActor(a);
    const request = await newRequest(a);
    actAs(a.staff);
    await proposeReferralAction(a.tenant.slug, { needId: request.housingNeedId, actorId });
    const referral = await db.referral.findFirstOrThrow({ where: { requestId: request.id } });
    expect(await recordPhoneConsentAction(a.tenant.slug, { referralId: referral.id, accept: true })).toMatchObject({
      ok: true,
    });
    actAs(null);
    // Consent already recorded: the newcomer cannot flip it afterwards.
    expect(
      await answerConsentAction(a.tenant.slug, { token: request.token, referralId: referral.id, accept: false }),
    ).toMatchObject({ ok: false, formError: "network.errors.consentAlreadyGiven" });
    actAs(a.staff);
    expect(await introduceReferralAction(a.tenant.slug, { referralId: referral.id })).toMatchObject({ ok: true });
    const token = await orientationToken(a.tenant.id, referral.id);
    const in29Days = new Date(Date.now() + 29 * 86_400_000);
    const in31Days = new Date(Date.now() + 31 * 86_400_000);
    expect(await findReferralByToken(a.tenant.id, token, in29Days)).not.toBeNull();
    expect(await findReferralByToken(a.tenant.id, token, in31Days)).toBeNull();
    await db.referral.update({
      where: { id: referral.id },
      data: { actorTokenExpiresAt: new Date(Date.now() - 1000) },
    });
    actAs(null);
    expect(await answerReferralAction(a.tenant.slug, { token, answer: "CAN_HELP", message: "" })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
  });

  it("refuses another tenant's need or actor, and puts waiting referrals in the digest", async () => {
    const actorB = await newActor(b);
    const actorA = await newActor(a);
    const request = await newRequest(a);
    actAs(a.staff);
    expect(
      await proposeReferralAction(a.tenant.slug, { needId: request.housingNeedId, actorId: actorB }),
    ).toMatchObject({ ok: false, formError: "errors.notFound" });
    actAs(b.staff);
    expect(
      await proposeReferralAction(b.tenant.slug, { needId: request.housingNeedId, actorId: actorB }),
    ).toMatchObject({ ok: false, formError: "errors.notFound" });
    actAs(a.member);
    expect(await proposeReferralAction(a.tenant.slug, { needId: request.housingNeedId, actorId: actorA })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    expect(await db.referral.count({ where: { requestId: request.id } })).toBe(0);

    actAs(a.staff);
    await proposeReferralAction(a.tenant.slug, { needId: request.housingNeedId, actorId: actorA });
    const referral = await db.referral.findFirstOrThrow({ where: { requestId: request.id } });
    await recordPhoneConsentAction(a.tenant.slug, { referralId: referral.id, accept: true });
    await introduceReferralAction(a.tenant.slug, { referralId: referral.id });
    const contactedAt = new Date("2026-03-02T09:00:00Z"); // a Monday
    await db.referral.update({ where: { id: referral.id }, data: { contactedAt } });
    const tenant = { id: a.tenant.id, referralReminderDays: 5 };
    expect((await waitingReferrals(tenant, new Date("2026-03-06T10:00:00Z"))).map((r) => r.id)).not.toContain(
      referral.id,
    );
    expect((await waitingReferrals(tenant, new Date("2026-03-09T10:00:00Z"))).map((r) => r.id)).toContain(referral.id);
    expect((await waitingReferrals({ id: b.tenant.id, referralReminderDays: 5 }, new Date("2026-04-01"))).length).toBe(
      0,
    );

    // The delay is a tenant setting (5 working days by default), changed by a coordinator.
    expect((await db.tenant.findUniqueOrThrow({ where: { id: a.tenant.id } })).referralReminderDays).toBe(5);
    actAs(a.coordinator);
    const settings = {
      firstResponseDays: 2,
      referencePrefix: "NET",
      welcomeText: "",
      commitmentText: "Je m'engage à adhérer.",
    };
    expect(await saveTenantSettings(a.tenant.slug, { ...settings, referralReminderDays: 8 })).toMatchObject({
      ok: true,
    });
    expect((await db.tenant.findUniqueOrThrow({ where: { id: a.tenant.id } })).referralReminderDays).toBe(8);
    const digest = dailyDigestEmail({
      locale: "fr",
      tenantName: "CPTS",
      lateResponses: [],
      lateNeeds: [],
      waitingReferrals: [{ reference: "NET-2026-0001", actor: "Agence du Maroni", url: "https://x.test/r" }],
      listUrl: "https://x.test",
    });
    expect(digest.text).toContain("1 orientation attend une réponse de l'acteur");
    expect(digest.text).toContain("NET-2026-0001 — Agence du Maroni");
  });

  it("anonymising the request redacts what was shared and kills the actor's link", async () => {
    const actorId = await newActor(a);
    const request = await newRequest(a);
    actAs(a.staff);
    await proposeReferralAction(a.tenant.slug, { needId: request.housingNeedId, actorId });
    const referral = await db.referral.findFirstOrThrow({ where: { requestId: request.id } });
    await recordPhoneConsentAction(a.tenant.slug, { referralId: referral.id, accept: true });
    await introduceReferralAction(a.tenant.slug, { referralId: referral.id });
    const token = await orientationToken(a.tenant.id, referral.id);
    await anonymiseRequest(actorOf(a, "coordinator"), request.id);
    const after = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(after.sharedDetails).toEqual({});
    expect(JSON.stringify(after)).not.toContain("Camille");
    expect(await findReferralByToken(a.tenant.id, token)).toBeNull();
  });
});

describe("installation aids", () => {
  it("are suggested by profession and practice mode, and marked as sent by the tenant's staff only", async () => {
    actAs(a.staff);
    const aid = (name: string, professions: string[], practiceModes: string[] = []) =>
      createAidAction(a.tenant.slug, {
        name,
        funder: "REGION",
        amount: "jusqu'à 50 000 €",
        professions: professions as never,
        practiceModes: practiceModes as never,
        zones: "",
        conditions: "",
        howToApply: "",
        link: "",
        validFrom: "",
        validUntil: "",
      });
    expect(await aid("Aide sages-femmes", ["SAGE_FEMME"])).toMatchObject({ ok: true });
    expect(await aid("Aide infirmiers", ["INFIRMIER"])).toMatchObject({ ok: true });
    expect(await aid("Aide salariés", [], ["SALARIAT"])).toMatchObject({ ok: true });
    const today = new Date();
    const names = async (f: Parameters<typeof aidsFor>[1]) => (await aidsFor(a.tenant.id, f, today)).map((x) => x.name);
    expect(await names({ profession: "SAGE_FEMME", practiceMode: "LIBERAL" })).toEqual(["Aide sages-femmes"]);
    expect(await names({ profession: "INFIRMIER", practiceMode: "SALARIAT" })).toEqual([
      "Aide infirmiers",
      "Aide salariés",
    ]);
    expect(await aidsFor(b.tenant.id, {}, today)).toEqual([]);

    const request = await newRequest(a);
    const aidId = (
      await db.installationAid.findFirstOrThrow({ where: { tenantId: a.tenant.id, name: "Aide sages-femmes" } })
    ).id;
    actAs(b.staff);
    expect(await markAidSentAction(b.tenant.slug, { requestId: request.id, aidId })).toMatchObject({
      ok: false,
      formError: "errors.notFound",
    });
    actAs(a.member);
    expect(await markAidSentAction(a.tenant.slug, { requestId: request.id, aidId })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    actAs(a.staff);
    expect(await markAidSentAction(a.tenant.slug, { requestId: request.id, aidId })).toMatchObject({ ok: true });
    expect(await markAidSentAction(a.tenant.slug, { requestId: request.id, aidId })).toMatchObject({
      ok: false,
      formError: "network.aids.errors.alreadySent",
    });
  });
});
