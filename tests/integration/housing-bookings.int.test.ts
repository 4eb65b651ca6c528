import "./support/act-as";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { expireHousingOptions } from "@/lib/housing/expiry";
import { newLinkToken } from "@/lib/tokens";

import { actAs } from "./support/act-as";
import {
  createTestBooking,
  createTestRequest,
  createTestTenant,
  createTestUnit,
  type TestTenant,
} from "./support/factories";

const { bookHousingAction, offerHousingAction, cancelHousingBookingAction } = await import("@/lib/housing/actions");
const { answerHousingOfferAction } = await import("@/lib/housing/tracking-actions");

let a: TestTenant;
let b: TestTenant;

async function createUnit(t: TestTenant, overrides: { name?: string } = {}) {
  return (await createTestUnit(t.tenant.id, overrides)).id;
}

const guest = (unitId: string, arrival: string, departure: string, name = "Interne Dupont") => ({
  unitId,
  arrival,
  departure,
  guestName: name,
  guestContact: "interne@exemple.test",
  audience: "INTERNS" as const,
  price: "",
  notes: "",
});

beforeAll(async () => {
  a = await createTestTenant("hsa");
  b = await createTestTenant("hsb");
});
beforeEach(() => actAs(null));

describe("housing bookings in PostgreSQL", () => {
  it("refuse two active bookings of a unit sharing a night, even written straight to the database", async () => {
    const unitId = await createUnit(a);
    const row = (arrival: string, departure: string, status: "OPTION" | "CONFIRMED" | "CANCELLED") =>
      createTestBooking(a.tenant.id, unitId, { arrival, departure, status });
    await row("2027-01-10", "2027-01-20", "CONFIRMED");
    await expect(row("2027-01-19", "2027-01-22", "OPTION")).rejects.toThrow();
    await expect(row("2027-01-01", "2027-02-01", "CONFIRMED")).rejects.toThrow();
    // The departure day is free for the next arrival; cancelled rows hold nothing.
    await row("2027-01-20", "2027-01-25", "CONFIRMED");
    await row("2027-01-12", "2027-01-14", "CANCELLED");
    // At least one night, and exactly one guest.
    await expect(row("2027-03-01", "2027-03-01", "CONFIRMED")).rejects.toThrow();
    await expect(
      createTestBooking(a.tenant.id, unitId, {
        arrival: "2027-04-01",
        departure: "2027-04-03",
        status: "CONFIRMED",
        guestName: "",
      }),
    ).rejects.toThrow();
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_constraint WHERE conname = 'HousingBooking_no_overlap' AND contype = 'x'`;
    expect(n).toBe(1);
  });

  it("let exactly one of 20 simultaneous bookings of the same nights through; the others get a clear message", async () => {
    const unitId = await createUnit(a, { name: "Chambre d'interne" });
    actAs(a.staff);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        bookHousingAction(a.tenant.slug, guest(unitId, "2027-06-01", "2027-06-08", `Interne ${i}`)),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals) expect(refusal).toEqual({ ok: false, formError: "housing.errors.taken" });
    expect(await db.housingBooking.count({ where: { unitId, status: "CONFIRMED" } })).toBe(1);
  });

  it("let 20 simultaneous options of overlapping nights for 20 requests hold one, and the newcomer accept it", async () => {
    const unitId = await createUnit(a, { name: "Studio partagé" });
    // The 20 requests one after the other (the intake's own transaction is not what is measured here).
    const requests: Awaited<ReturnType<typeof createTestRequest>>[] = [];
    for (let i = 0; i < 20; i++) requests.push(await createTestRequest(a.tenant.id));
    actAs(a.staff);
    const results = await Promise.all(
      requests.map((r, i) =>
        offerHousingAction(a.tenant.slug, {
          requestId: r.id,
          unitId,
          arrival: `2027-07-${String(1 + (i % 5)).padStart(2, "0")}`,
          departure: "2027-07-10",
          price: "300",
          optionDays: "3",
          notes: "",
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.formError === "housing.errors.taken")).toBe(true);
    const winner = requests[results.findIndex((r) => r.ok)];
    const option = await db.housingBooking.findFirstOrThrow({ where: { unitId, status: "OPTION" } });
    expect(option).toMatchObject({ requestId: winner.id, priceCents: 30000, audience: "NEWCOMERS" });

    // Another request's token, another tenant, or a forged token cannot answer it.
    const other = requests.find((r) => r.id !== winner.id)!;
    actAs(null);
    const answer = (slug: string, token: string, accept = true) =>
      answerHousingOfferAction(slug, { token, bookingId: option.id, accept });
    expect(await answer(a.tenant.slug, other.token)).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await answer(b.tenant.slug, winner.token)).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await answer(a.tenant.slug, newLinkToken())).toEqual({ ok: false, formError: "errors.notFound" });
    expect((await answer(a.tenant.slug, winner.token)).ok).toBe(true);
    expect(await db.housingBooking.findUniqueOrThrow({ where: { id: option.id } })).toMatchObject({
      status: "CONFIRMED",
      optionExpiresAt: null,
    });
    expect(await answer(a.tenant.slug, winner.token)).toEqual({
      ok: false,
      formError: "housing.errors.alreadyDecided",
    });
    const events = await db.requestEvent.findMany({
      where: { requestId: winner.id, type: { startsWith: "housing." } },
    });
    expect(events.map((e) => e.type).sort()).toEqual(["housing.accepted", "housing.offered"]);
    expect(events.every((e) => e.public)).toBe(true);
    const emails = await db.outboundEmail.findMany({ where: { to: winner.email, kind: { startsWith: "housing." } } });
    expect(emails.map((e) => e.kind).sort()).toEqual(["housing.confirmed", "housing.offered"]);
    expect(emails.find((e) => e.kind === "housing.confirmed")!.text).toContain("12 rue du Port");
    expect(emails.find((e) => e.kind === "housing.offered")!.text).not.toContain("12 rue du Port");
    const audit = await db.auditLog.count({
      where: { tenantId: a.tenant.id, targetId: winner.id, action: "housing.accepted" },
    });
    expect(audit).toBe(1);
  });

  it("expire options after their expiry (job), freeing the nights, and refuse a late acceptance", async () => {
    const unitId = await createUnit(a, { name: "Maison de l'option" });
    const request = await createTestRequest(a.tenant.id);
    actAs(a.staff);
    const offered = await offerHousingAction(a.tenant.slug, {
      requestId: request.id,
      unitId,
      arrival: "2027-09-01",
      departure: "2027-09-15",
      price: "",
      optionDays: "2",
      notes: "",
    });
    expect(offered.ok).toBe(true);
    const option = await db.housingBooking.findFirstOrThrow({ where: { unitId } });
    // The option's own job is queued for its expiry instant.
    const [job] = await db.$queryRaw<{ run_at: Date }[]>`
      SELECT run_at FROM graphile_worker.jobs WHERE key = ${`housing-expiry:${option.id}`}`;
    expect(job.run_at.getTime()).toBe(option.optionExpiresAt!.getTime());
    // Staff cannot book those nights while the option holds them.
    expect(await bookHousingAction(a.tenant.slug, guest(unitId, "2027-09-10", "2027-09-12"))).toEqual({
      ok: false,
      formError: "housing.errors.taken",
    });
    expect(await expireHousingOptions(new Date())).toBe(0);
    const later = new Date(option.optionExpiresAt!.getTime() + 1000);
    expect(await expireHousingOptions(later)).toBeGreaterThanOrEqual(1);
    expect((await db.housingBooking.findUniqueOrThrow({ where: { id: option.id } })).status).toBe("EXPIRED");
    actAs(null);
    expect(
      await answerHousingOfferAction(a.tenant.slug, { token: request.token, bookingId: option.id, accept: true }),
    ).toEqual({ ok: false, formError: "housing.errors.alreadyDecided" });
    expect(await db.requestEvent.count({ where: { requestId: request.id, type: "housing.expired" } })).toBe(1);
    expect(await db.outboundEmail.count({ where: { to: request.email, kind: "housing.expired" } })).toBe(1);
    actAs(a.staff);
    expect((await bookHousingAction(a.tenant.slug, guest(unitId, "2027-09-10", "2027-09-12"))).ok).toBe(true);
  });

  it("tell the newcomer or the member when staff cancel their stay, in their language; outside guests get nothing", async () => {
    const unit = await createTestUnit(a.tenant.id, { name: "Studio du port", commune: "Morlaix" });
    const request = await createTestRequest(a.tenant.id, { locale: "en" });
    const forNewcomer = await createTestBooking(a.tenant.id, unit.id, {
      arrival: "2027-11-01",
      departure: "2027-11-05",
      status: "OPTION",
      requestId: request.id,
      audience: "NEWCOMERS",
      guestName: "",
    });
    const forMember = await createTestBooking(a.tenant.id, unit.id, {
      arrival: "2027-11-10",
      departure: "2027-11-12",
      status: "REQUESTED",
      membershipId: a.member.membershipId,
      audience: "LOCUMS",
      guestName: "",
    });
    const forGuest = await createTestBooking(a.tenant.id, unit.id, { arrival: "2027-11-20", departure: "2027-11-22" });
    actAs(a.staff);
    for (const booking of [forNewcomer, forMember, forGuest])
      expect(await cancelHousingBookingAction(a.tenant.slug, { bookingId: booking.id })).toMatchObject({ ok: true });
    const sent = await db.outboundEmail.findMany({
      where: { tenantId: a.tenant.id, kind: "housing.cancelled" },
      select: { to: true, subject: true, text: true },
      orderBy: { createdAt: "asc" },
    });
    expect(sent.map((m) => m.to)).toEqual([request.email, a.member.email]);
    // The newcomer's email is in English and names only the commune (the exact place is the member's to know).
    expect(sent[0].subject).toBe(`${a.tenant.name}: a lodging stay is cancelled`);
    expect(sent[0].text).toContain("The stay at Morlaix from");
    expect(sent[0].text).not.toContain("Studio du port");
    expect(sent[1].subject).toBe(`${a.tenant.name} : un séjour en logement est annulé`);
    expect(sent[1].text).toContain("Studio du port, Morlaix");
    expect(await db.requestEvent.count({ where: { requestId: request.id, type: "housing.cancelled" } })).toBe(1);
  });

  it("refuse staff of another tenant, members and anonymous callers, with real ids", async () => {
    const unitId = await createUnit(a, { name: "Chambre privée" });
    const request = await createTestRequest(a.tenant.id);
    const input = {
      requestId: request.id,
      unitId,
      arrival: "2027-10-01",
      departure: "2027-10-05",
      price: "",
      optionDays: "3",
      notes: "",
    };
    actAs(b.staff);
    expect(await offerHousingAction(a.tenant.slug, input)).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await offerHousingAction(b.tenant.slug, input)).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await bookHousingAction(b.tenant.slug, guest(unitId, "2027-10-01", "2027-10-03"))).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    actAs(a.member);
    expect(await offerHousingAction(a.tenant.slug, input)).toEqual({ ok: false, formError: "errors.forbidden" });
    actAs(null);
    expect(await bookHousingAction(a.tenant.slug, guest(unitId, "2027-10-01", "2027-10-03"))).toEqual({
      ok: false,
      formError: "errors.signedOut",
    });
    actAs(a.staff);
    const booked = await bookHousingAction(a.tenant.slug, guest(unitId, "2027-10-01", "2027-10-03"));
    if (!booked.ok) throw new Error("booking failed");
    actAs(b.staff);
    expect(await cancelHousingBookingAction(b.tenant.slug, { bookingId: booked.data.id })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    expect(await db.housingBooking.count({ where: { tenantId: b.tenant.id } })).toBe(0);
  });
});
