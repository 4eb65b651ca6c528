import "./support/act-as";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { memberBookings, newcomerBookings, searchFreeUnits, unitsForMembers } from "@/lib/housing/queries";

import { actAs } from "./support/act-as";
import {
  createTestPerson,
  createTestRequest,
  createTestTenant,
  createTestUnit,
  type TestTenant,
} from "./support/factories";

const { offerHousingAction, decideHousingAskAction, bookHousingAction } = await import("@/lib/housing/actions");
const { askHousingAction } = await import("@/lib/housing/portal-actions");
const { answerHousingOfferAction } = await import("@/lib/housing/tracking-actions");

let a: TestTenant;
let b: TestTenant;

async function unit(t: TestTenant, overrides: Parameters<typeof createTestUnit>[1]) {
  return (await createTestUnit(t.tenant.id, overrides)).id;
}

beforeAll(async () => {
  a = await createTestTenant("hva");
  b = await createTestTenant("hvb");
});
beforeEach(() => actAs(null));

describe("who sees which lodging", () => {
  it("show members only the units open to them, let them ask for dates, and staff confirm or decline", async () => {
    const open = await unit(a, { name: "Chambre des remplaçants", audiences: ["LOCUMS"] });
    const closed = await unit(a, { name: "Studio des nouveaux", openToMembers: false });
    const withdrawn = await unit(a, { name: "Maison retirée", status: "WITHDRAWN" });
    const listed = await unitsForMembers(a.tenant.id, "2027-01-01", "2027-07-01");
    expect(listed.map((u) => u.id)).toEqual([open]);
    expect(JSON.stringify(listed)).not.toContain("12 rue du Port");
    expect(JSON.stringify(listed)).not.toContain("Mairie de Saint-Laurent");

    const ask = (unitId: string, arrival = "2027-02-01", departure = "2027-02-08") =>
      askHousingAction(a.tenant.slug, { unitId, arrival, departure, audience: "LOCUMS", message: "Remplacement" });
    actAs(a.member);
    expect(await ask(closed)).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await ask(withdrawn)).toEqual({ ok: false, formError: "housing.errors.withdrawn" });
    const first = await ask(open);
    expect(first.ok).toBe(true);
    // An ask holds nothing: another ask for the same nights is accepted, the staff choose.
    actAs(a.coordinator);
    const second = await ask(open, "2027-02-05", "2027-02-10");
    expect(second.ok).toBe(true);
    actAs(b.member);
    expect(await ask(open)).toEqual({ ok: false, formError: "errors.forbidden" });

    const mine = await memberBookings(a.tenant.id, a.member.membershipId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: "REQUESTED", unit: { address: null } });
    expect(await memberBookings(a.tenant.id, a.coordinator.membershipId)).toHaveLength(1);

    if (!first.ok || !second.ok) throw new Error("asks");
    actAs(a.member);
    expect(await decideHousingAskAction(a.tenant.slug, { bookingId: first.data.id, confirm: true })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    actAs(b.staff);
    expect(await decideHousingAskAction(b.tenant.slug, { bookingId: first.data.id, confirm: true })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    actAs(a.staff);
    expect((await decideHousingAskAction(a.tenant.slug, { bookingId: first.data.id, confirm: true })).ok).toBe(true);
    // The overlapping ask cannot be confirmed any more: the database refuses, in words.
    expect(await decideHousingAskAction(a.tenant.slug, { bookingId: second.data.id, confirm: true })).toEqual({
      ok: false,
      formError: "housing.errors.taken",
    });
    expect((await decideHousingAskAction(a.tenant.slug, { bookingId: second.data.id, confirm: false })).ok).toBe(true);

    expect((await memberBookings(a.tenant.id, a.member.membershipId))[0]).toMatchObject({
      status: "CONFIRMED",
      unit: { address: "12 rue du Port" },
    });
    const emails = await db.outboundEmail.findMany({
      where: { tenantId: a.tenant.id, kind: { in: ["housing.confirmed", "housing.declined"] } },
      select: { to: true, kind: true },
    });
    expect(emails).toEqual(
      expect.arrayContaining([
        { to: a.member.email, kind: "housing.confirmed" },
        { to: a.coordinator.email, kind: "housing.declined" },
      ]),
    );
    const free = await unitsForMembers(a.tenant.id, "2027-01-01", "2027-07-01");
    expect(free[0].bookings).toEqual([{ arrival: "2027-02-01", departure: "2027-02-08" }]);
  });

  it("email each of the tenant's active staff, in their language, when a member asks, and nobody when the ask fails", async () => {
    const c = await createTestTenant("hvc");
    const other = await createTestTenant("hvd");
    await db.user.update({ where: { id: c.staff.id }, data: { locale: "en" } });
    const away = await createTestPerson(c.tenant.id, "STAFF", { status: "SUSPENDED" });
    const unitId = await unit(c, { name: "Chambre du port", commune: "Roscoff", audiences: ["LOCUMS"] });
    const closed = await unit(c, { name: "Studio fermé", openToMembers: false });
    const staffEmails = () =>
      db.outboundEmail.findMany({
        where: { kind: "housing.asked", tenantId: { in: [c.tenant.id, other.tenant.id] } },
        select: { to: true, subject: true, text: true, tenantId: true },
        orderBy: { to: "asc" },
      });
    actAs(c.member);
    const ask = { unitId, arrival: "2027-04-01", departure: "2027-04-05", audience: "LOCUMS" as const };
    expect(await askHousingAction(c.tenant.slug, { ...ask, unitId: closed, message: "" })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    expect(await staffEmails()).toEqual([]);

    expect((await askHousingAction(c.tenant.slug, { ...ask, message: "Pour un remplacement d'été" })).ok).toBe(true);
    const sent = await staffEmails();
    expect(sent.map((e) => e.to).sort()).toEqual([c.coordinator.email, c.staff.email].sort());
    expect(sent.every((e) => e.tenantId === c.tenant.id)).toBe(true);
    expect(sent.map((e) => e.to)).not.toContain(away.email);
    expect(sent.map((e) => e.to)).not.toContain(c.member.email);
    const french = sent.find((e) => e.to === c.coordinator.email)!;
    const english = sent.find((e) => e.to === c.staff.email)!;
    expect(french.subject).toBe(`${c.tenant.name} : ${c.member.name} demande un logement`);
    expect(french.text).toContain("Chambre du port, Roscoff");
    expect(french.text).toContain("1 avril 2027");
    expect(french.text).toContain("« Pour un remplacement d'été »");
    expect(french.text).toContain(`/${c.tenant.slug}/admin/housing#housing-asks`);
    expect(english.subject).toBe(`${c.tenant.name}: ${c.member.name} asks for a lodging`);
    expect(english.text).toContain("1 April 2027");
  });

  it("show a newcomer only what was offered to them, the address once confirmed, never staff notes", async () => {
    const unitId = await unit(a, { name: "Studio du port", openToMembers: false, houseRules: "Non-fumeur" });
    const request = await createTestRequest(a.tenant.id);
    const other = await createTestRequest(a.tenant.id);
    actAs(a.staff);
    await offerHousingAction(a.tenant.slug, {
      requestId: request.id,
      unitId,
      arrival: "2027-03-01",
      departure: "2027-05-31",
      price: "1800",
      optionDays: "5",
      notes: "Propriétaire difficile",
    });
    const offered = await newcomerBookings(a.tenant.id, request.id);
    expect(offered).toHaveLength(1);
    expect(offered[0]).toMatchObject({
      status: "OPTION",
      priceCents: 180000,
      unit: { commune: "Saint-Laurent-du-Maroni", kind: "STUDIO", address: null, houseRules: "Non-fumeur" },
    });
    expect(JSON.stringify(offered)).not.toContain("Propriétaire difficile");
    expect(JSON.stringify(offered)).not.toContain("Mairie de Saint-Laurent");
    expect(await newcomerBookings(a.tenant.id, other.id)).toEqual([]);
    expect(await newcomerBookings(b.tenant.id, request.id)).toEqual([]);
    await answerHousingOfferAction(a.tenant.slug, { token: request.token, bookingId: offered[0].id, accept: true });
    expect((await newcomerBookings(a.tenant.id, request.id))[0].unit.address).toBe("12 rue du Port");
  });

  it("search units free for the dates, with the beds, for the person, in or near the commune", async () => {
    const t = await createTestTenant("hvs");
    const mk = (name: string, commune: string, area: string, beds: number, audiences: ("INTERNS" | "SEASONAL")[]) =>
      unit(t, { name, commune, area, beds, audiences });
    const morlaix = await mk("Morlaix T2", "Morlaix", "Pays de Morlaix", 3, ["SEASONAL"]);
    const carantec = await mk("Carantec studio", "Carantec", "Pays de Morlaix", 2, ["SEASONAL", "INTERNS"]);
    await mk("Brest chambre", "Brest", "Pays de Brest", 2, ["SEASONAL"]);
    const small = await mk("Morlaix chambre", "Morlaix", "Pays de Morlaix", 1, ["INTERNS"]);
    const search = {
      arrival: "2027-07-01",
      departure: "2027-07-15",
      beds: 2,
      commune: "morlaix",
      audience: "SEASONAL" as const,
    };
    const found = await searchFreeUnits(t.tenant.id, search);
    expect(found.map((u) => [u.id, u.near])).toEqual([
      [morlaix, false],
      [carantec, true],
    ]);
    actAs(t.staff);
    await bookHousingAction(t.tenant.slug, {
      unitId: morlaix,
      arrival: "2027-07-14",
      departure: "2027-07-20",
      guestName: "Saisonnier",
      guestContact: "06 00 00 00 00",
      audience: "SEASONAL",
      price: "",
      notes: "",
    });
    expect((await searchFreeUnits(t.tenant.id, search)).map((u) => u.id)).toEqual([carantec]);
    expect((await searchFreeUnits(t.tenant.id, { ...search, departure: "2027-07-14" })).map((u) => u.id)).toEqual([
      morlaix,
      carantec,
    ]);
    expect(
      (await searchFreeUnits(t.tenant.id, { ...search, beds: 1, audience: "INTERNS" })).map((u) => u.id).sort(),
    ).toEqual([carantec, small].sort());
    expect(await searchFreeUnits(a.tenant.id, { ...search, commune: "Carantec" })).toEqual([]);
  });
});
