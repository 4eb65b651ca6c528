import { describe, expect, it } from "vitest";

import { addMonths, dueMilestone } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("check-in milestones", () => {
  it("adds calendar months, clamping the day to a shorter month", () => {
    expect(addMonths(at("2026-01-15T10:00:00Z"), 3).toISOString()).toBe("2026-04-15T10:00:00.000Z");
    expect(addMonths(at("2025-11-30T10:00:00Z"), 3).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(addMonths(at("2026-03-31T10:00:00Z"), -1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
  });

  it("sends each milestone once, on or after its date, within its window", () => {
    const installed = at("2026-01-15T10:00:00Z");
    expect(dueMilestone(installed, at("2026-04-15T09:59:59Z"), [])).toBeNull();
    expect(dueMilestone(installed, at("2026-04-15T10:00:00Z"), [])).toBe(3);
    expect(dueMilestone(installed, at("2026-04-20T10:00:00Z"), [3])).toBeNull();
    expect(dueMilestone(installed, at("2026-05-20T10:00:00Z"), [])).toBeNull(); // window of 31 days passed
    expect(dueMilestone(installed, at("2026-07-15T10:00:00Z"), [3])).toBe(6);
    expect(dueMilestone(installed, at("2027-01-15T10:00:00Z"), [3, 6])).toBe(12);
    expect(dueMilestone(installed, at("2027-01-16T10:00:00Z"), [3, 6, 12])).toBeNull();
    // Never an older milestone once a later one went out.
    expect(dueMilestone(installed, at("2026-07-16T10:00:00Z"), [12])).toBeNull();
  });
});
