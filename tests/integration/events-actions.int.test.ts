import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { csvReader } from "@/lib/i18n/route-reader";

import {
  asCurrentUser,
  createTestEvent,
  createTestHouseholdMember,
  createTestRequest,
  createTestTenant,
  type TestTenant,
} from "./support/factories";

/** A spreadsheet reader of the given language, as the CSV route builds it from the locale cookie. */
const reader = (language: "fr" | "en") =>
  csvReader(new Request("http://127.0.0.1/", { headers: { cookie: `locale=${language}` } }));

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const {
  createEventAction: createEvent,
  registerToEventAction: registerToEvent,
  cancelMyRegistrationAction: cancelMyRegistration,
  inviteNewcomerToEventAction: inviteNewcomerToEvent,
  unregisterNewcomerFromEventAction: unregisterNewcomerFromEvent,
  checkInRegistrationAction: checkInRegistration,
} = await import("@/lib/events/actions");

let a: TestTenant;
let b: TestTenant;
const input = {
  title: "Soirée des soignants",
  description: "",
  kind: "SOIREE_SOIGNANTS" as const,
  startsAt: "2027-05-20T19:00",
  endsAt: "2027-05-20T23:00",
  registrationDeadline: "2027-05-10T18:00",
  place: "Mana",
  capacity: 40,
  priceMember: 15,
  priceCompanion: 20,
  maxCompanions: 2,
  audience: "MEMBERS" as const,
  publish: true,
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
    expect(await createEvent(a.tenant.slug, { ...input, registrationDeadline: "2027-05-21T10:00" })).toMatchObject({
      ok: false,
      fieldErrors: { registrationDeadline: ["events.errors.deadlineAfterStart"] },
    });
    const created = await createEvent(a.tenant.slug, input);
    expect(created.ok).toBe(true);
    const event = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id } });
    expect(event.startsAt.toISOString()).toBe("2027-05-20T22:00:00.000Z");
    expect(event).toMatchObject({ priceMemberCents: 1500, priceCompanionCents: 2000, status: "PUBLISHED" });
  });

  it("let a member of the tenant register with their own household and cancel, and nobody else, even with the real ids", async () => {
    const event = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id } });
    const household = (t: typeof a, names: string[]) =>
      Promise.all(
        names.map((firstName, i) =>
          createTestHouseholdMember(t.tenant.id, t.member.membershipId, {
            firstName,
            relation: i === 0 ? "PARTNER" : "CHILD",
          }),
        ),
      );
    const [lea, tom, zoe] = await household(a, ["Léa", "Tom", "Zoé"]);
    const [stranger] = await household(b, ["Inconnu"]);
    expect(await registerToEvent(a.tenant.slug, { eventId: event.id, companionIds: [] })).toEqual({
      ok: false,
      formError: "errors.signedOut",
    });
    currentUser = asCurrentUser(b.member);
    expect(await registerToEvent(a.tenant.slug, { eventId: event.id, companionIds: [] })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    expect(await registerToEvent(b.tenant.slug, { eventId: event.id, companionIds: [] })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    currentUser = asCurrentUser(a.member);
    expect(
      await registerToEvent(a.tenant.slug, { eventId: event.id, companionIds: [lea.id, tom.id, zoe.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { companionIds: ["events.errors.tooManyCompanions"] } });
    expect(
      await registerToEvent(a.tenant.slug, { eventId: event.id, companionIds: [lea.id, stranger.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { companionIds: ["events.errors.companionUnknown"] } });
    expect(await registerToEvent(a.tenant.slug, { eventId: event.id, companionIds: [lea.id, tom.id] })).toMatchObject({
      ok: true,
      messageKey: "events.registered",
    });
    const registration = await db.eventRegistration.findFirstOrThrow({
      where: { eventId: event.id, membershipId: a.member.membershipId },
      include: { household: true },
    });
    expect(registration).toMatchObject({ companions: 2, seats: 3 });
    expect(registration.household.map((h) => h.householdMemberId).sort()).toEqual([lea.id, tom.id].sort());
    currentUser = asCurrentUser(b.member);
    expect(await cancelMyRegistration(b.tenant.slug, { eventId: event.id })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    expect(await db.eventRegistration.count({ where: { eventId: event.id, status: "CONFIRMED" } })).toBe(1);
  });
});

describe("calendar feeds", () => {
  it("contain the member's own registrations only, and stop when revoked", async () => {
    const { calendarForToken, createCalendarFeed, revokeCalendarFeed } = await import("@/lib/events/calendar");
    const { registerForEvent } = await import("@/lib/events/registration");
    const ctx = { tenant: { id: a.tenant.id, slug: a.tenant.slug, name: a.tenant.name, timeZone: "America/Cayenne" } };
    const make = (title: string) =>
      db.event.create({
        data: {
          tenantId: a.tenant.id,
          title,
          kind: "OUTING",
          place: "Apatou",
          startsAt: new Date("2027-08-01T12:00:00Z"),
          endsAt: new Date("2027-08-01T18:00:00Z"),
          capacity: 10,
          registrationDeadline: new Date("2027-07-25T12:00:00Z"),
          status: "PUBLISHED",
        },
      });
    const mine = await make("Descente du Maroni");
    const theirs = await make("Randonnée");
    await registerForEvent(ctx, {
      who: { tenantId: a.tenant.id, membershipId: a.member.membershipId, email: a.member.email },
      eventId: mine.id,
      companions: 0,
    });
    await registerForEvent(ctx, {
      who: { tenantId: a.tenant.id, membershipId: a.staff.membershipId, email: a.staff.email },
      eventId: theirs.id,
      companions: 0,
    });

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
    const {
      checkInRegistrationAction: checkInRegistration,
      messageRegistrantsAction: messageRegistrants,
      cancelWholeEventAction: cancelWholeEvent,
    } = await import("@/lib/events/actions");
    const { registrationsCsv } = await import("@/lib/events/staff");
    const event = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id, title: "Soirée des soignants" } });
    const registration = await db.eventRegistration.findFirstOrThrow({
      where: { eventId: event.id, status: "CONFIRMED" },
    });

    currentUser = asCurrentUser(b.staff);
    expect(await checkInRegistration(b.tenant.slug, { registrationId: registration.id })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    expect(await cancelWholeEvent(b.tenant.slug, { eventId: event.id })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    currentUser = asCurrentUser(a.member);
    expect(await checkInRegistration(a.tenant.slug, { registrationId: registration.id })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    expect(
      await registrationsCsv({ tenantId: b.tenant.id, timeZone: "Europe/Paris" }, event.id, reader("fr")),
    ).toBeNull();

    currentUser = asCurrentUser(a.staff);
    expect(await checkInRegistration(a.tenant.slug, { registrationId: registration.id })).toMatchObject({
      ok: true,
      messageKey: "events.checkedIn",
    });
    const cayenne = { tenantId: a.tenant.id, timeZone: "America/Cayenne" };
    const csv = (await registrationsCsv(cayenne, event.id, reader("fr")))!;
    expect(csv.split("\r\n")[0]).toContain('"Nom";"E-mail";"Type";"Statut"');
    expect(csv).toContain(a.member.email);
    expect(csv).toContain('"Confirmé"');
    const english = (await registrationsCsv(cayenne, event.id, reader("en")))!;
    expect(english.split("\r\n")[0]).toContain('"Name";"Email";"Type";"Status"');
    expect(english).toContain('"Confirmed"');

    expect(
      await messageRegistrants(a.tenant.slug, {
        eventId: event.id,
        subject: "Parking",
        body: "Le parking est au port.",
      }),
    ).toMatchObject({ ok: true });
    expect(await cancelWholeEvent(a.tenant.slug, { eventId: event.id })).toMatchObject({ ok: true });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("CANCELLED");
    const mails = await db.outboundEmail.findMany({
      where: { tenantId: a.tenant.id, to: a.member.email, kind: { in: ["event.message", "event.cancelled"] } },
    });
    expect(mails.map((m) => m.kind).sort()).toEqual(["event.cancelled", "event.message"]);
  });
});

describe("newcomers invited from their request", () => {
  function newcomerRequest(t: typeof a) {
    return createTestRequest(t.tenant.id);
  }
  function soiree(t: typeof a, audience: "MEMBERS" | "MEMBERS_AND_NEWCOMERS", capacity = 30) {
    const day = 86_400_000;
    return createTestEvent(t.tenant.id, {
      title: `Soirée ${audience}`,
      place: "Kourou",
      capacity,
      maxCompanions: 3,
      audience,
      startsAt: new Date(Date.now() + 20 * day),
      endsAt: new Date(Date.now() + 20 * day + 3 * 3600_000),
      registrationDeadline: new Date(Date.now() + 10 * day),
    });
  }

  it("registers the newcomer for events open to newcomers only, and puts it on the request's timeline", async () => {
    const request = await newcomerRequest(a);
    const open = await soiree(a, "MEMBERS_AND_NEWCOMERS");
    const membersOnly = await soiree(a, "MEMBERS");
    const invite = (eventId: string, companions = 2) =>
      inviteNewcomerToEvent(a.tenant.slug, { requestId: request.id, eventId, companions });

    // Nobody outside the tenant's staff, even with the real ids.
    for (const who of [null, a.member, b.staff, b.coordinator]) {
      currentUser = who ? asCurrentUser(who) : null;
      expect((await invite(open.id)).ok).toBe(false);
    }
    currentUser = asCurrentUser(b.staff);
    expect(
      await inviteNewcomerToEvent(b.tenant.slug, { requestId: request.id, eventId: open.id, companions: 0 }),
    ).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await db.eventRegistration.count({ where: { requestId: request.id } })).toBe(0);

    currentUser = asCurrentUser(a.staff);
    expect(await invite(membersOnly.id)).toEqual({ ok: false, formError: "events.errors.membersOnly" });
    expect(await invite(open.id, 4)).toMatchObject({
      ok: false,
      fieldErrors: { companions: ["events.errors.tooManyCompanions"] },
    });
    expect(await invite(open.id)).toMatchObject({ ok: true, messageKey: "events.newcomerRegistered" });
    expect(await invite(open.id)).toEqual({ ok: false, formError: "events.errors.alreadyRegistered" });
    const registration = await db.eventRegistration.findFirstOrThrow({ where: { requestId: request.id } });
    expect(registration).toMatchObject({ membershipId: null, seats: 3, status: "CONFIRMED", tenantId: a.tenant.id });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: request.email, kind: "event.confirmed" } });
    expect(mail.text).not.toContain("/portal/");

    expect((await checkInRegistration(a.tenant.slug, { registrationId: registration.id })).ok).toBe(true);
    const timeline = await db.requestEvent.findMany({
      where: { requestId: request.id, type: { startsWith: "event." } },
      orderBy: { createdAt: "asc" },
    });
    expect(timeline.map((e) => [e.type, e.public])).toEqual([
      ["event.registered", true],
      ["event.attended", true],
    ]);

    currentUser = asCurrentUser(b.staff);
    expect((await unregisterNewcomerFromEvent(a.tenant.slug, { requestId: request.id, eventId: open.id })).ok).toBe(
      false,
    );
    currentUser = asCurrentUser(a.staff);
    expect((await unregisterNewcomerFromEvent(a.tenant.slug, { requestId: request.id, eventId: open.id })).ok).toBe(
      true,
    );
    expect((await db.eventRegistration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe("CANCELLED");
  });

  it("promotes a waitlisted newcomer's family whole and tells the request's timeline", async () => {
    const request = await newcomerRequest(a);
    const small = await soiree(a, "MEMBERS_AND_NEWCOMERS", 3);
    const { registerForEvent } = await import("@/lib/events/registration");
    const ctx = { tenant: a.tenant };
    await registerForEvent(ctx, {
      who: { tenantId: a.tenant.id, membershipId: a.staff.membershipId, email: a.staff.email },
      eventId: small.id,
      companions: 2,
    });
    currentUser = asCurrentUser(a.staff);
    expect(
      await inviteNewcomerToEvent(a.tenant.slug, { requestId: request.id, eventId: small.id, companions: 2 }),
    ).toMatchObject({ ok: true, messageKey: "events.newcomerWaitlisted" });
    const { cancelRegistration } = await import("@/lib/events/registration");
    await cancelRegistration(ctx, { who: { membershipId: a.staff.membershipId }, eventId: small.id });
    expect(await db.eventRegistration.findFirstOrThrow({ where: { requestId: request.id } })).toMatchObject({
      status: "CONFIRMED",
      seats: 3,
    });
    const types = (
      await db.requestEvent.findMany({
        where: { requestId: request.id, type: { startsWith: "event." } },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => e.type);
    expect(types).toEqual(["event.waitlisted", "event.promoted"]);
  });

  it("tells an invited newcomer when the event is cancelled, by email and on the timeline", async () => {
    const { cancelWholeEventAction: cancelWholeEvent } = await import("@/lib/events/actions");
    const request = await newcomerRequest(a);
    const open = await soiree(a, "MEMBERS_AND_NEWCOMERS");
    currentUser = asCurrentUser(a.staff);
    expect(
      (await inviteNewcomerToEvent(a.tenant.slug, { requestId: request.id, eventId: open.id, companions: 0 })).ok,
    ).toBe(true);
    expect((await cancelWholeEvent(a.tenant.slug, { eventId: open.id })).ok).toBe(true);
    expect(await db.outboundEmail.count({ where: { to: request.email, kind: "event.cancelled" } })).toBe(1);
    expect(
      await db.requestEvent.count({ where: { requestId: request.id, type: "event.cancelled", public: true } }),
    ).toBe(1);
  });

  it("refuses closed requests", async () => {
    const request = await newcomerRequest(a);
    await db.installationRequest.update({ where: { id: request.id }, data: { stage: "CLOSED" } });
    const open = await soiree(a, "MEMBERS_AND_NEWCOMERS");
    currentUser = asCurrentUser(a.staff);
    expect(
      await inviteNewcomerToEvent(a.tenant.slug, { requestId: request.id, eventId: open.id, companions: 0 }),
    ).toEqual({ ok: false, formError: "errors.notFound" });
  });
});
