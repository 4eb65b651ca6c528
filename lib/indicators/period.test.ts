import { describe, expect, it } from "vitest";

import { monthsBetween, periodQuery, resolvePeriod, yearPeriod } from "./period";

const CAYENNE = "America/Cayenne";

describe("indicator periods", () => {
  it("take this year in the tenant's time zone (already 2027 in Paris, still 2026 in Cayenne)", () => {
    const now = new Date("2027-01-01T01:30:00Z");
    const cayenne = resolvePeriod({}, CAYENNE, now);
    expect(cayenne).toMatchObject({ kind: "year", from: "2026-01-01", to: "2026-12-31", year: 2026 });
    expect(cayenne.start.toISOString()).toBe("2026-01-01T03:00:00.000Z");
    expect(cayenne.end.toISOString()).toBe("2027-01-01T03:00:00.000Z");
    expect(cayenne.months).toHaveLength(12);
    expect(resolvePeriod({ period: "year" }, "Europe/Paris", now)).toMatchObject({ from: "2027-01-01" });
  });

  it("take the last 12 months as whole months up to today", () => {
    const period = resolvePeriod({ period: "last12" }, CAYENNE, new Date("2026-03-10T12:00:00Z"));
    expect(period).toMatchObject({ from: "2025-04-01", to: "2026-03-10" });
    expect(period.months[0]).toBe("2025-04");
    expect(period.months.at(-1)).toBe("2026-03");
    expect(period.months).toHaveLength(12);
  });

  it("accept a real custom range and fall back to this year otherwise", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    expect(resolvePeriod({ period: "custom", from: "2026-02-01", to: "2026-03-31" }, CAYENNE, now)).toMatchObject({
      kind: "custom",
      months: ["2026-02", "2026-03"],
    });
    for (const bad of [
      { period: "custom", from: "2026-04-01", to: "2026-03-01" },
      { period: "custom", from: "2026-02-31", to: "2026-03-01" },
      { period: "custom", from: "2000-01-01", to: "2026-03-01" },
      { period: "custom" },
      { period: "decade" },
    ])
      expect(resolvePeriod(bad, CAYENNE, now)).toMatchObject({ kind: "year", from: "2026-01-01" });
  });

  it("name the period again in a query string, and bound a report year", () => {
    expect(periodQuery({ kind: "custom", from: "2026-01-01", to: "2026-02-01" })).toBe(
      "period=custom&from=2026-01-01&to=2026-02-01",
    );
    expect(periodQuery({ kind: "last12", from: "x", to: "y" })).toBe("period=last12");
    expect(yearPeriod(2026, CAYENNE).end.toISOString()).toBe("2027-01-01T03:00:00.000Z");
    expect(monthsBetween("2026-11-15", "2027-02-01")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });
});
