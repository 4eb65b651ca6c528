import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { loadDemography, previousPeriod } from "@/lib/indicators/demography";
import { yearPeriod } from "@/lib/indicators/period";

import { actAs } from "./support/act-as";
import { createTestTenant, createUser, type TestTenant } from "./support/factories";
import { memberAt, requestAt } from "./support/indicator-data";

const { recordMemberDepartureAction } = await import("@/lib/members/actions");

let a: TestTenant;
let b: TestTenant;
const CAYENNE = "America/Cayenne";
const NOW = new Date("2026-12-31T15:00:00Z");

beforeAll(async () => {
  a = await createTestTenant("demo-a");
  b = await createTestTenant("demo-b");
  await db.tenant.update({ where: { id: a.tenant.id }, data: { timeZone: CAYENNE } });
});

describe("recording a member's departure", () => {
  it("is for the tenant's coordinators: records the day and the reason and deactivates the member", async () => {
    const leaving = await memberAt(a.tenant.id, {
      createdAt: "2024-01-01T12:00:00Z",
      profession: "INFIRMIER",
      practicePlace: "Mana",
    });
    const input = { membershipId: leaving.id, leftAt: "2026-06-30", reason: "RETIRED" as const };
    const newcomer = await createUser();
    for (const outsider of [null, a.member, a.staff, b.coordinator, newcomer]) {
      actAs(outsider);
      const refused = await recordMemberDepartureAction(a.tenant.slug, input);
      expect(refused.ok).toBe(false);
    }
    actAs(b.coordinator);
    expect((await recordMemberDepartureAction(b.tenant.slug, input)).ok).toBe(false);
    expect(await db.membership.findUniqueOrThrow({ where: { id: leaving.id } })).toMatchObject({
      status: "ACTIVE",
      leftAt: null,
    });

    actAs(a.coordinator);
    const bad = await recordMemberDepartureAction(a.tenant.slug, { ...input, leftAt: "2026-02-31" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { leftAt: ["errors.date"] } });
    const done = await recordMemberDepartureAction(a.tenant.slug, input);
    expect(done).toMatchObject({ ok: true, messageKey: "departure.recorded" });
    const after = await db.membership.findUniqueOrThrow({ where: { id: leaving.id } });
    expect(after.status).toBe("SUSPENDED");
    expect(after.leftAt?.toISOString()).toBe("2026-06-30T00:00:00.000Z");
    expect(after.leavingReason).toBe("RETIRED");
    const audit = await db.auditLog.findFirst({ where: { tenantId: a.tenant.id, action: "membership.departed" } });
    expect(audit?.targetId).toBe(leaving.id);
    // Already gone: not found a second time.
    expect((await recordMemberDepartureAction(a.tenant.slug, input)).ok).toBe(false);
  });
});

describe("demographic watch", () => {
  it("counts arrivals, departures, balance, trend and expected arrivals per municipality and profession", async () => {
    const A = a.tenant.id;
    // Arrivals of 2026 (Cayenne calendar), one on 31 December at 22:30 there.
    await requestAt(A, { createdAt: "2026-01-05T12:00:00Z", stage: "INSTALLED", installedAt: "2026-03-01T12:00:00Z" });
    await requestAt(A, {
      createdAt: "2026-01-05T12:00:00Z",
      stage: "MEMBER",
      practiceArea: " mana ",
      installedAt: "2027-01-01T01:30:00Z",
    });
    await requestAt(A, {
      createdAt: "2026-01-05T12:00:00Z",
      stage: "INSTALLED",
      profession: "SAGE_FEMME",
      practiceArea: "Saint-Laurent-du-Maroni",
      installedAt: "2026-05-01T12:00:00Z",
    });
    // 2025: the previous period.
    await requestAt(A, { createdAt: "2025-01-05T12:00:00Z", stage: "INSTALLED", installedAt: "2025-04-01T12:00:00Z" });
    await requestAt(A, {
      createdAt: "2025-01-05T12:00:00Z",
      stage: "INSTALLED",
      profession: "SAGE_FEMME",
      practiceArea: "Saint-Laurent-du-Maroni",
      installedAt: "2025-04-01T12:00:00Z",
    });
    await requestAt(A, {
      createdAt: "2025-01-05T12:00:00Z",
      stage: "INSTALLED",
      profession: "SAGE_FEMME",
      practiceArea: "Saint-Laurent-du-Maroni",
      installedAt: "2025-05-01T12:00:00Z",
    });
    // Departures: the one recorded above (Mana, nurse, 30 June 2026) and one in 2025.
    const old = await memberAt(A, { createdAt: "2020-01-01T12:00:00Z", profession: "SAGE_FEMME" });
    await db.membership.update({
      where: { id: old.id },
      data: {
        practicePlace: "Saint-Laurent-du-Maroni",
        leftAt: new Date("2025-12-31T00:00:00Z"),
        leavingReason: "OTHER",
      },
    });
    // Expected: desired arrival within six months of today (31 December 2026 in Cayenne), request in progress.
    await requestAt(A, { createdAt: "2026-11-01T12:00:00Z", stage: "QUALIFIED", desiredArrivalDate: "2026-12-31" });
    await requestAt(A, { createdAt: "2026-11-01T12:00:00Z", stage: "NEW", desiredArrivalDate: "2027-06-30" });
    await requestAt(A, { createdAt: "2026-11-01T12:00:00Z", stage: "NEW", desiredArrivalDate: "2027-07-01" });
    await requestAt(A, { createdAt: "2026-11-01T12:00:00Z", stage: "CLOSED", desiredArrivalDate: "2027-02-01" });
    await requestAt(A, { createdAt: "2026-11-01T12:00:00Z", stage: "NEW", desiredArrivalDate: "2026-12-30" });
    // Another tenant's arrival.
    await requestAt(b.tenant.id, {
      createdAt: "2026-01-05T12:00:00Z",
      stage: "INSTALLED",
      installedAt: "2026-03-01T12:00:00Z",
    });

    const period = yearPeriod(2026, CAYENNE);
    expect(previousPeriod(period, CAYENNE)).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
    const demography = await loadDemography({ id: A, timeZone: CAYENNE }, period, NOW);
    expect(demography.rows).toEqual([
      {
        commune: "Mana",
        profession: "INFIRMIER",
        arrivals: 2,
        departures: 1,
        balance: 1,
        previousBalance: 1,
        trend: "flat",
        expected: 2,
      },
      {
        commune: "Saint-Laurent-du-Maroni",
        profession: "SAGE_FEMME",
        arrivals: 1,
        departures: 0,
        balance: 1,
        previousBalance: 1,
        trend: "flat",
        expected: 0,
      },
    ]);
    expect(demography.totals).toEqual({ arrivals: 3, departures: 1, balance: 2, expected: 2 });
  });
});
