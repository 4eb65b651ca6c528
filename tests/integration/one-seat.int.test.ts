import { randomUUID } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { acceptPendingInvitations } from "@/lib/invitations/accept";

import { actAs } from "./support/act-as";
import {
  createTestEvent,
  createTestPerson,
  createTestRegistration,
  createTestRequest,
  createTestTenant,
  createUser,
  type TestTenant,
} from "./support/factories";

// One person, one seat: a newcomer invited to an event who becomes a member keeps that one seat.
const { inviteNewcomerToEventAction: inviteNewcomerToEvent, registerToEventAction: registerToEvent } =
  await import("@/lib/events/actions");
const { changeRequestStageAction: changeRequestStage } = await import("@/lib/requests/staff-actions");
const { listPortalEvents } = await import("@/lib/events/queries");
const { newcomerRegistrations } = await import("@/lib/events/newcomers");
const { registrationsOf } = await import("@/lib/events/staff");

let a: TestTenant;
const day = 86_400_000;

beforeAll(async () => {
  a = await createTestTenant("seat-a");
});
beforeEach(() => {
  actAs(null);
});

function newcomerRequest(stage: "INSTALLED" | "NEW" = "INSTALLED") {
  return createTestRequest(a.tenant.id, { stage, email: `arrivee-${randomUUID().slice(0, 8)}@exemple.test` });
}

function openEvent(title: string) {
  return createTestEvent(a.tenant.id, {
    title,
    place: "Morlaix",
    capacity: 10,
    maxCompanions: 2,
    audience: "MEMBERS_AND_NEWCOMERS",
    startsAt: new Date(Date.now() + 20 * day),
    endsAt: new Date(Date.now() + 20 * day + 3 * 3600_000),
    registrationDeadline: new Date(Date.now() + 10 * day),
  });
}

describe("one person, one seat", () => {
  it("hands a newcomer's registration to the member they become, who cannot take a second seat", async () => {
    const request = await newcomerRequest();
    const event = await openEvent("Soirée de rentrée");
    actAs(a.staff);
    expect(
      await inviteNewcomerToEvent(a.tenant.slug, { requestId: request.id, eventId: event.id, companions: 1 }),
    ).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });
    expect(await changeRequestStage(a.tenant.slug, { requestId: request.id, to: "MEMBER" })).toMatchObject({
      ok: true,
    });

    const user = await createUser(request.email);
    expect(await acceptPendingInvitations(user)).toEqual([a.tenant.id]);
    const membership = await db.membership.findFirstOrThrow({ where: { tenantId: a.tenant.id, userId: user.id } });
    expect(membership.requestId).toBe(request.id);

    // "Mes inscriptions" shows the seat, with the companion the newcomer announced.
    const portal = await listPortalEvents(a.tenant.id, { membershipId: membership.id, page: 1 });
    expect(portal.registrations.find((r) => r.eventId === event.id)).toMatchObject({
      status: "CONFIRMED",
      companions: 1,
    });
    // Registering again is refused; staff see the person once, and the tracking page no longer holds it.
    actAs(user);
    expect(await registerToEvent(a.tenant.slug, { eventId: event.id, companionIds: [] })).toEqual({
      ok: false,
      formError: "events.errors.alreadyRegistered",
    });
    const rows = await registrationsOf(a.tenant.id, event.id);
    expect(rows.map((r) => r.contact.email)).toEqual([request.email]);
    expect(rows[0].seats).toBe(2);
    expect(await newcomerRegistrations(a.tenant.id, request.id)).toEqual([]);
    const timeline = await db.requestEvent.findMany({
      where: { requestId: request.id, type: "event.transferred", public: true },
    });
    expect(timeline).toHaveLength(1);
  });

  it("refuses in the database a second active registration of the same person, either way round", async () => {
    const request = await newcomerRequest();
    const { membershipId } = await createTestPerson(a.tenant.id, "MEMBER", {
      email: request.email,
      requestId: request.id,
    });
    const first = await openEvent("Sortie en mer");
    const second = await openEvent("Pique-nique");
    const register = (eventId: string, who: { membershipId: string } | { requestId: string }, cancelled = false) =>
      createTestRegistration(a.tenant.id, { eventId, ...who }, cancelled ? { status: "CANCELLED" } : {});
    // As newcomer first, then as member.
    await register(first.id, { requestId: request.id });
    await expect(register(first.id, { membershipId })).rejects.toThrow(/EventRegistration_one_person/);
    // As member first, then as newcomer.
    await register(second.id, { membershipId });
    await expect(register(second.id, { requestId: request.id })).rejects.toThrow(/EventRegistration_one_person/);
    // A cancelled registration is no seat: the other identity may hold one, and reviving it is refused.
    const cancelled = await register(second.id, { requestId: request.id }, true);
    await expect(
      db.eventRegistration.update({ where: { id: cancelled.id }, data: { status: "WAITLISTED" } }),
    ).rejects.toThrow(/EventRegistration_one_person/);
    // Another person is not affected.
    await register(first.id, { membershipId: a.member.membershipId });
  });

  it("gives back a closed request's seats, which the tracking page then no longer shows", async () => {
    const request = await newcomerRequest("NEW");
    const event = await openEvent("Atelier");
    actAs(a.staff);
    await inviteNewcomerToEvent(a.tenant.slug, { requestId: request.id, eventId: event.id, companions: 0 });
    expect(await newcomerRegistrations(a.tenant.id, request.id)).toHaveLength(1);
    expect(
      await changeRequestStage(a.tenant.slug, { requestId: request.id, to: "CLOSED", closingReason: "WITHDRAWN" }),
    ).toMatchObject({ ok: true });
    expect(await newcomerRegistrations(a.tenant.id, request.id)).toEqual([]);
    const registration = await db.eventRegistration.findFirstOrThrow({ where: { requestId: request.id } });
    expect(registration.status).toBe("CANCELLED");
    expect(
      await db.requestEvent.count({ where: { requestId: request.id, type: "event.unregistered", public: true } }),
    ).toBe(1);
  });
});
