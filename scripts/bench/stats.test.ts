import { describe, expect, it } from "vitest";

import { countLoggedStatements, formatShare, percentile, ratio } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank of unsorted samples", () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 99)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("ratio and shares", () => {
  it("is null without a positive reference", () => {
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(10, undefined)).toBeNull();
    expect(ratio(30, 120)).toBe(0.25);
    expect(formatShare(0.029)).toBe("2.9 %");
    expect(formatShare(0.6)).toBe("60 %");
    expect(formatShare(null)).toBe("—");
  });
});

describe("countLoggedStatements", () => {
  it("counts simple and extended protocol statements, not continuation lines nor markers", () => {
    const log = [
      "2026-11-25 20:00:00.000 UTC [12] LOG:  statement: BEGIN",
      '2026-11-25 20:00:00.001 UTC [12] LOG:  execute <unnamed>: SELECT "id" FROM "Tenant"',
      "\tWHERE slug = $1",
      "2026-11-25 20:00:00.001 UTC [12] DETAIL:  parameters: $1 = 'bench-001'",
      "2026-11-25 20:00:00.002 UTC [12] LOG:  execute s1: SELECT 1",
      "2026-11-25 20:00:00.003 UTC [13] LOG:  statement: SELECT 'bench-marker x end'",
      "2026-11-25 20:00:00.004 UTC [12] LOG:  statement: COMMIT",
    ].join("\n");
    expect(countLoggedStatements(log, "bench-marker")).toBe(4);
  });
});
