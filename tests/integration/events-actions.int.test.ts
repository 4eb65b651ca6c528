import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { asCurrentUser, createTestTenant, type TestTenant } from "./support/factories";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { createEvent, registerToEvent, cancelMyRegistration } = await import("@/lib/events/actions");

let a: TestTenant;
let b: TestTenant;
const input = {
  title: "Soirée des soignants", description: "", kind: "SOIREE_SOIGNANTS" as const, startsAt: "2027-05-20T19:00", endsAt: "2027-05-20T23:00",
  registrationDeadline: "2027-05-10T18:00", place: "Mana", capacity: 40, priceMember: 15, priceCompanion: 20, maxCompanions: 2, publish: true,
};

beforeAll(async () => {
  a = await createTestTenant("eva");
  b = await createTestTenant("evb");
  await db.tenant.update({ where: { id: a.tenant.id }, data: { timeZone: "America/Cayenne" } });
});
beforeEach(() => {
  currentUser = null;
});

describe("event actions", () => {
  it("let staff create events with times read in the tenant's time zone and prices in cents", async () => {
    currentUser = asCurrentUser(a.member);
    expect(await createEvent(a.tenant.slug, input)).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = asCurrentUser(b.staff);
    expect(await createEvent(a.tenant.slug, input)).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = asCurrentUser(a.staff);
    expect(await createEvent(a.tenant.slug, { ...input, registrationDeadline: "2027-05-21T10:00" })).toMatchObject({ ok: false, fieldErrors: { registrationDeadline: ["events.errors.deadlineAfterStart"] } });
    const created = await createEvent(a.tenant.slug, input);
    expect(created.ok).toBe(true);
    const event = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id } });
    expect(event.startsAt.toISOString()).toBe("2027-05-20T22:00:00.000Z");
    expect(event).toMatchObject({ priceMemberCents: 1500, priceCompanionCents: 2000, status: "PUBLISHED" });
  });

  it("let a member of the tenant register and cancel, and nobody else, even with the real event id", async () => {
    const event = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id } });
    expect(await registerToEvent(a.tenant.slug, { eventId: event.id, companions: 0 })).toEqual({ ok: false, formError: "errors.signedOut" });
    currentUser = asCurrentUser(b.member);
    expect(await registerToEvent(a.tenant.slug, { eventId: event.id, companions: 0 })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await registerToEvent(b.tenant.slug, { eventId: event.id, companions: 0 })).toEqual({ ok: false, formError: "errors.notFound" });
    currentUser = asCurrentUser(a.member);
    expect(await registerToEvent(a.tenant.slug, { eventId: event.id, companions: 3 })).toMatchObject({ ok: false, fieldErrors: { companions: ["events.errors.tooManyCompanions"] } });
    expect(await registerToEvent(a.tenant.slug, { eventId: event.id, companions: 2 })).toMatchObject({ ok: true, messageKey: "events.registered" });
    currentUser = asCurrentUser(b.member);
    expect(await cancelMyRegistration(b.tenant.slug, { eventId: event.id })).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await db.eventRegistration.count({ where: { eventId: event.id, status: "CONFIRMED" } })).toBe(1);
  });
});

describe("calendar feeds", () => {
  it("contain the member's own registrations only, and stop when revoked", async () => {
    const { calendarForToken, createCalendarFeed, revokeCalendarFeed } = await import("@/lib/events/calendar");
    const { registerForEvent } = await import("@/lib/events/registration");
    const ctx = { tenant: { id: a.tenant.id, slug: a.tenant.slug, name: a.tenant.name, timeZone: "America/Cayenne" } };
    const make = (title: string) => db.event.create({ data: {
      tenantId: a.tenant.id, title, kind: "OUTING", place: "Apatou", startsAt: new Date("2027-08-01T12:00:00Z"), endsAt: new Date("2027-08-01T18:00:00Z"),
      capacity: 10, registrationDeadline: new Date("2027-07-25T12:00:00Z"), status: "PUBLISHED" } });
    const mine = await make("Descente du Maroni");
    const theirs = await make("Randonnée");
    await registerForEvent(ctx, { tenantId: a.tenant.id, membershipId: a.member.membershipId, email: a.member.email }, mine.id, 0);
    await registerForEvent(ctx, { tenantId: a.tenant.id, membershipId: a.staff.membershipId, email: a.staff.email }, theirs.id, 0);

    const url = await createCalendarFeed(a.tenant, a.member.membershipId);
    const token = url.split("/calendar/")[1];
    const ics = await calendarForToken(a.tenant.slug, token);
    expect(ics).toContain(`UID:${mine.id}@conciergerie-cpts`);
    expect(ics).not.toContain(theirs.id);
    expect(await calendarForToken(b.tenant.slug, token)).toBeNull();
    expect(await calendarForToken(a.tenant.slug, "A".repeat(43))).toBeNull();
    const membership = await db.membership.findUniqueOrThrow({ where: { id: a.member.membershipId } });
    expect(membership.calendarTokenHash).not.toContain(token);

    await revokeCalendarFeed(a.tenant.id, a.member.membershipId);
    expect(await calendarForToken(a.tenant.slug, token)).toBeNull();
  });
});

describe("staff tools for an event", () => {
  it("check in, export, write to and cancel — for this tenant's staff only", async () => {
    const { checkInRegistration, messageRegistrants, cancelWholeEvent } = await import("@/lib/events/actions");
    const { registrationsCsv } = await import("@/lib/events/staff");
    const event = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id, title: "Soirée des soignants" } });
    const registration = await db.eventRegistration.findFirstOrThrow({ where: { eventId: event.id, status: "CONFIRMED" } });

    currentUser = asCurrentUser(b.staff);
    expect(await checkInRegistration(b.tenant.slug, { registrationId: registration.id })).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await cancelWholeEvent(b.tenant.slug, { eventId: event.id })).toEqual({ ok: false, formError: "errors.notFound" });
    currentUser = asCurrentUser(a.member);
    expect(await checkInRegistration(a.tenant.slug, { registrationId: registration.id })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await registrationsCsv(b.tenant.id, event.id, "Europe/Paris")).toBeNull();

    currentUser = asCurrentUser(a.staff);
    expect(await checkInRegistration(a.tenant.slug, { registrationId: registration.id })).toMatchObject({ ok: true, messageKey: "events.checkedIn" });
    const csv = (await registrationsCsv(a.tenant.id, event.id, "America/Cayenne"))!;
    expect(csv.split("\r\n")[0]).toContain('"Nom";"E-mail";"Statut"');
    expect(csv).toContain(a.member.email);
    expect(csv).toContain('"Confirmé"');

    expect(await messageRegistrants(a.tenant.slug, { eventId: event.id, subject: "Parking", body: "Le parking est au port." })).toMatchObject({ ok: true });
    expect(await cancelWholeEvent(a.tenant.slug, { eventId: event.id })).toMatchObject({ ok: true });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("CANCELLED");
    const mails = await db.outboundEmail.findMany({ where: { tenantId: a.tenant.id, to: a.member.email, kind: { in: ["event.message", "event.cancelled"] } } });
    expect(mails.map((m) => m.kind).sort()).toEqual(["event.cancelled", "event.message"]);
  });
});
