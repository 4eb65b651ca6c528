import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { resolvePeriod, yearPeriod } from "@/lib/indicators/period";
import { loadIndicators } from "@/lib/indicators/queries";

import { createTestTenant, type TestTenant } from "./support/factories";
import { seedIndicatorData } from "./support/indicator-data";

let a: TestTenant;
let b: TestTenant;
const CAYENNE = "America/Cayenne";
// 22:30 on 31 December 2026 in Cayenne, already 2027 in UTC and in Paris.
const NOW = new Date("2027-01-01T01:30:00Z");

beforeAll(async () => {
  a = await createTestTenant("ind-a");
  b = await createTestTenant("ind-b");
  await seedIndicatorData(a, b);
});

describe("indicators of a year in Cayenne", () => {
  it("count the funnel, its conversions and the stages of the requests sent that year", async () => {
    const period = resolvePeriod({}, CAYENNE, NOW);
    expect(period.from).toBe("2026-01-01");
    const ind = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, period, NOW);
    expect(ind.requests.created).toBe(6);
    expect(ind.requests.closed).toBe(1);
    expect(ind.requests.funnel.map((s) => [s.stage, s.current, s.reached, s.conversion])).toEqual([
      ["NEW", 2, 6, null],
      ["QUALIFIED", 0, 4, 66.7],
      ["IN_PROGRESS", 1, 3, 75],
      ["INSTALLED", 1, 2, 66.7],
      ["MEMBER", 1, 1, 50],
    ]);
  });

  it("count arrivals per month and profession, the 22:30 installation of 31 December in 2026", async () => {
    const ind = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, yearPeriod(2026, CAYENNE), NOW);
    expect(ind.arrivals.total).toBe(3);
    expect(ind.arrivals.byProfession).toEqual([
      { profession: "INFIRMIER", total: 2 },
      { profession: "MEDECIN_GENERALISTE", total: 1 },
    ]);
    expect(ind.arrivals.byMonth.filter((m) => m.total > 0)).toEqual([
      { month: "2026-03", total: 1, byProfession: { INFIRMIER: 1 } },
      { month: "2026-06", total: 1, byProfession: { INFIRMIER: 1 } },
      { month: "2026-12", total: 1, byProfession: { MEDECIN_GENERALISTE: 1 } },
    ]);
    expect(ind.arrivals.byMonth).toHaveLength(12);
    // The same instants in 2025 and 2027: the edge request belongs to neither.
    const y2025 = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, yearPeriod(2025, CAYENNE), NOW);
    expect(y2025.arrivals.total).toBe(1);
    const y2027 = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, yearPeriod(2027, CAYENNE), NOW);
    expect(y2027.arrivals.total).toBe(0);
    expect(y2027.requests.created).toBe(1);
  });

  it("give the median and 90th percentile of the times to first response and to installation", async () => {
    const ind = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, yearPeriod(2026, CAYENNE), NOW);
    expect(ind.times.firstResponseHours).toEqual({ n: 4, median: 5, p90: 8.8 });
    expect(ind.times.installationDays).toEqual({ n: 3, median: 226, p90: 312 });
  });

  it("count the commitment kept, the needs resolved, the members, the events and the offer uses", async () => {
    const ind = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, yearPeriod(2026, CAYENNE), NOW);
    expect(ind.commitment).toEqual({ installed: 3, members: 2, rate: 66.7 });
    expect(ind.needs).toEqual([
      { type: "SPOUSE_JOB", total: 2, done: 1, notNeeded: 0, resolution: 50, medianDays: 10 },
      { type: "SCHOOL", total: 2, done: 1, notNeeded: 1, resolution: 100, medianDays: 3 },
    ]);
    expect(ind.members).toEqual({ active: 2, duesPaid: 2, joined: 2, duesYear: 2026 });
    expect(ind.retention).toEqual({ atStart: 1, stayed: 1, left: 1, rate: 100 });
    expect(ind.events).toMatchObject({ events: 2, registrations: 3, seats: 6, checkedIn: 2, attendance: 66.7 });
    expect(ind.events.byMonth.filter((m) => m.events > 0)).toEqual([
      { month: "2026-04", events: 1, registrations: 1, seats: 2, checkedIn: 1 },
      { month: "2026-12", events: 1, registrations: 2, seats: 4, checkedIn: 1 },
    ]);
    expect(ind.offers.views).toBe(4);
    expect(ind.offers.claims).toBe(1);
    expect(ind.offers.byOffer.map((o) => [o.title, o.views, o.claims])).toEqual([
      ["Révision offerte", 3, 1],
      ["Pneus", 1, 0],
    ]);
  });

  it("count the network referrals proposed that year by actor category and outcome, 22:30 on 31 December included", async () => {
    const ind = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, yearPeriod(2026, CAYENNE), NOW);
    const zero = { proposed: 0, declined: 0, contacted: 0, answered: 0, helped: 0, couldNotHelp: 0, noAnswer: 0 };
    expect(ind.referrals.byCategory).toEqual([
      { category: "ESTATE_AGENCY", ...zero, total: 4, declined: 1, contacted: 1, helped: 1, couldNotHelp: 1 },
      { category: "SCHOOL", ...zero, total: 3, proposed: 1, answered: 1, noAnswer: 1 },
    ]);
    expect(ind.referrals).toMatchObject({
      total: 7,
      proposed: 1,
      declined: 1,
      contacted: 1,
      answered: 1,
      helped: 1,
      couldNotHelp: 1,
      noAnswer: 1,
      helpedRate: 33.3,
    });
    // The employer's referrals of 23:00 on 31 December 2025 and 00:30 on 1 January 2027 in Cayenne.
    const y2025 = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, yearPeriod(2025, CAYENNE), NOW);
    expect(y2025.referrals.byCategory).toEqual([{ category: "EMPLOYER", ...zero, total: 1, helped: 1 }]);
    const y2027 = await loadIndicators({ id: a.tenant.id, timeZone: CAYENNE }, yearPeriod(2027, CAYENNE), NOW);
    expect(y2027.referrals).toMatchObject({ total: 1, helped: 1, helpedRate: 100 });
  });

  it("count nothing of another tenant", async () => {
    const ind = await loadIndicators({ id: b.tenant.id, timeZone: CAYENNE }, yearPeriod(2026, CAYENNE), NOW);
    expect(ind.requests.created).toBe(1);
    expect(ind.arrivals.total).toBe(1);
    expect(ind.offers.claims).toBe(1);
    expect(ind.events.events).toBe(0);
    expect(ind.referrals.byCategory).toEqual([
      expect.objectContaining({ category: "ESTATE_AGENCY", total: 1, helped: 1, contacted: 0 }),
    ]);
    const none = await db.tenant.findUniqueOrThrow({ where: { id: b.tenant.id } });
    expect(none.timeZone).toBe("Europe/Paris");
  });
});
