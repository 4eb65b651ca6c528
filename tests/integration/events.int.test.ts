import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { cancelRegistration, registerForEvent, type MemberRegistrant } from "@/lib/events/registration";

import { createTestEvent, createTestTenant, type TestTenant } from "./support/factories";

let a: TestTenant;
let b: TestTenant;
const ctxOf = (t: TestTenant) => ({
  tenant: { id: t.tenant.id, slug: t.tenant.slug, name: t.tenant.name, timeZone: t.tenant.timeZone },
});
const day = 86_400_000;

async function members(t: TestTenant, count: number): Promise<MemberRegistrant[]> {
  const tag = randomUUID().slice(0, 6);
  const users = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), email: `m${i}-${tag}@exemple.test` }));
  await db.user.createMany({ data: users });
  const memberships = users.map((u) => ({
    id: randomUUID(),
    tenantId: t.tenant.id,
    userId: u.id,
    role: "MEMBER" as const,
  }));
  await db.membership.createMany({ data: memberships });
  return memberships.map((m, i) => ({ tenantId: t.tenant.id, membershipId: m.id, email: users[i].email }));
}

function event(
  t: TestTenant,
  overrides: Partial<{
    capacity: number;
    maxCompanions: number;
    deadlineInDays: number;
    status: "PUBLISHED" | "CANCELLED" | "DRAFT";
  }> = {},
) {
  return createTestEvent(t.tenant.id, {
    place: "Salle des fêtes de Morlaix",
    startsAt: new Date(Date.now() + 30 * day),
    endsAt: new Date(Date.now() + 30 * day + 4 * 3600_000),
    capacity: overrides.capacity ?? 10,
    maxCompanions: overrides.maxCompanions ?? 3,
    registrationDeadline: new Date(Date.now() + (overrides.deadlineInDays ?? 20) * day),
    status: overrides.status ?? "PUBLISHED",
  });
}

const confirmedSeats = async (eventId: string) =>
  (await db.eventRegistration.aggregate({ where: { eventId, status: "CONFIRMED" }, _sum: { seats: true } }))._sum
    .seats ?? 0;

beforeAll(async () => {
  a = await createTestTenant("ev-a");
  b = await createTestTenant("ev-b");
});

describe("capacity under concurrency", () => {
  it("seats exactly 10 of 50 people racing for the last 10 seats and waitlists the 40 others", async () => {
    const e = await event(a, { capacity: 60 });
    const early = await members(a, 50);
    for (const m of early) await registerForEvent(ctxOf(a), { who: m, eventId: e.id, companions: 0 });
    const racers = await members(a, 50);
    const results = await Promise.all(
      racers.map((m) => registerForEvent(ctxOf(a), { who: m, eventId: e.id, companions: 0 })),
    );
    expect(results.filter((r) => r.status === "CONFIRMED")).toHaveLength(10);
    expect(results.filter((r) => r.status === "WAITLISTED")).toHaveLength(40);
    expect(await confirmedSeats(e.id)).toBe(60);
    const positions = results
      .filter((r) => r.position !== null)
      .map((r) => r.position)
      .sort((x, y) => x! - y!);
    expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("never seats more than the capacity with families racing", async () => {
    const e = await event(a, { capacity: 10, maxCompanions: 3 });
    const families = await members(a, 20);
    await Promise.all(families.map((m, i) => registerForEvent(ctxOf(a), { who: m, eventId: e.id, companions: i % 4 })));
    expect(await confirmedSeats(e.id)).toBeLessThanOrEqual(10);
    expect(await db.eventRegistration.count({ where: { eventId: e.id } })).toBe(20);
  });
});

describe("waitlist", () => {
  it("promotes in order, whole groups only, and the skipped group keeps its place", async () => {
    const e = await event(a, { capacity: 3 });
    const [ana, ben, cleo, dan] = await members(a, 4);
    expect((await registerForEvent(ctxOf(a), { who: ana, eventId: e.id, companions: 0 })).status).toBe("CONFIRMED");
    expect((await registerForEvent(ctxOf(a), { who: ben, eventId: e.id, companions: 1 })).status).toBe("CONFIRMED");
    expect(await registerForEvent(ctxOf(a), { who: cleo, eventId: e.id, companions: 1 })).toMatchObject({
      status: "WAITLISTED",
      position: 1,
    });
    expect(await registerForEvent(ctxOf(a), { who: dan, eventId: e.id, companions: 0 })).toMatchObject({
      status: "WAITLISTED",
      position: 2,
    });

    await cancelRegistration(ctxOf(a), { who: ana, eventId: e.id }); // one seat frees: Cléo's family of two does not fit, Dan does
    const status = async (m: MemberRegistrant) =>
      await db.eventRegistration.findUniqueOrThrow({
        where: { eventId_membershipId: { eventId: e.id, membershipId: m.membershipId } },
      });
    expect((await status(dan)).status).toBe("CONFIRMED");
    expect(await status(cleo)).toMatchObject({ status: "WAITLISTED", position: 1 });

    await cancelRegistration(ctxOf(a), { who: ben, eventId: e.id }); // two seats free: Cléo's family goes in together
    expect(await status(cleo)).toMatchObject({ status: "CONFIRMED", seats: 2 });
    expect(await confirmedSeats(e.id)).toBe(3);
    const promoted = await db.outboundEmail.findMany({
      where: { tenantId: a.tenant.id, kind: "event.promoted", to: { in: [dan.email, cleo.email] } },
    });
    expect(promoted).toHaveLength(2);
  });
});

describe("registration rules", () => {
  it("refuse after the deadline, beyond the companion limit, twice, on a cancelled event or another tenant's event", async () => {
    const [m] = await members(a, 1);
    const late = await event(a, { deadlineInDays: -1 });
    await expect(registerForEvent(ctxOf(a), { who: m, eventId: late.id, companions: 0 })).rejects.toThrow(
      "events.errors.deadlinePassed",
    );
    const open = await event(a, { maxCompanions: 1 });
    await expect(registerForEvent(ctxOf(a), { who: m, eventId: open.id, companions: 2 })).rejects.toThrow(
      "events.errors.tooManyCompanions",
    );
    await registerForEvent(ctxOf(a), { who: m, eventId: open.id, companions: 1 });
    await expect(registerForEvent(ctxOf(a), { who: m, eventId: open.id, companions: 0 })).rejects.toThrow(
      "events.errors.alreadyRegistered",
    );
    const cancelled = await event(a, { status: "CANCELLED" });
    await expect(registerForEvent(ctxOf(a), { who: m, eventId: cancelled.id, companions: 0 })).rejects.toThrow(
      "events.errors.cancelled",
    );
    const draft = await event(a, { status: "DRAFT" });
    await expect(registerForEvent(ctxOf(a), { who: m, eventId: draft.id, companions: 0 })).rejects.toThrow(
      "errors.notFound",
    );
    const elsewhere = await event(b);
    await expect(registerForEvent(ctxOf(a), { who: m, eventId: elsewhere.id, companions: 0 })).rejects.toThrow(
      "errors.notFound",
    );
    expect(
      await db.eventRegistration.count({ where: { eventId: { in: [late.id, cancelled.id, draft.id, elsewhere.id] } } }),
    ).toBe(0);
  });

  it("lets a member register again after cancelling, reusing the one registration row", async () => {
    const [m] = await members(a, 1);
    const e = await event(a);
    await registerForEvent(ctxOf(a), { who: m, eventId: e.id, companions: 0 });
    await cancelRegistration(ctxOf(a), { who: m, eventId: e.id });
    expect((await registerForEvent(ctxOf(a), { who: m, eventId: e.id, companions: 2 })).status).toBe("CONFIRMED");
    expect(await db.eventRegistration.count({ where: { eventId: e.id, membershipId: m.membershipId } })).toBe(1);
  });
});
