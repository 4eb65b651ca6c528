import { describe, expect, it } from "vitest";

import { calendarDay, todayInTimeZone } from "@/lib/i18n/format";

import { canClaim, hasExpired, isVisible, marks } from "./rules";

const now = new Date("2026-11-24T12:00:00Z");
const today = calendarDay("2026-11-24");
const base = {
  status: "PUBLISHED",
  validFrom: calendarDay("2026-10-01"),
  validUntil: null,
  audience: "MEMBERS" as const,
  createdAt: new Date("2026-10-01"),
};

describe("offer rules", () => {
  it("hides drafts, archived, future and expired offers", () => {
    expect(isVisible(base, today)).toBe(true);
    expect(isVisible({ ...base, status: "DRAFT" }, today)).toBe(false);
    expect(isVisible({ ...base, status: "ARCHIVED" }, today)).toBe(false);
    expect(isVisible({ ...base, validFrom: calendarDay("2026-12-01") }, today)).toBe(false);
    expect(isVisible({ ...base, validUntil: calendarDay("2026-11-20") }, today)).toBe(false);
  });

  it("counts the first and the last day as whole days of the CPTS", () => {
    const window = { ...base, validFrom: calendarDay("2027-06-01"), validUntil: calendarDay("2027-06-30") };
    // Cayenne is UTC-3: 30 June 23:59 there is 1 July 02:59 UTC, still the last day.
    const cayenne = (iso: string) => todayInTimeZone("America/Cayenne", new Date(iso));
    expect(isVisible(window, cayenne("2027-07-01T02:59:00Z"))).toBe(true);
    expect(isVisible(window, cayenne("2027-07-01T03:00:00Z"))).toBe(false);
    expect(isVisible(window, cayenne("2027-06-01T02:59:00Z"))).toBe(false);
    expect(isVisible(window, cayenne("2027-06-01T03:00:00Z"))).toBe(true);
    expect(hasExpired(window, cayenne("2027-07-01T03:00:00Z"))).toBe(true);
  });

  it("shows the code to newcomers only when the audience includes them", () => {
    expect(canClaim(base, "MEMBER")).toBe(true);
    expect(canClaim(base, "NEWCOMER")).toBe(false);
    expect(canClaim({ audience: "MEMBERS_AND_NEWCOMERS" }, "NEWCOMER")).toBe(true);
  });

  it("marks new offers and offers that end soon", () => {
    expect(marks({ ...base, createdAt: new Date("2026-11-20") }, today, now).isNew).toBe(true);
    expect(marks(base, today, now)).toEqual({ isNew: false, endsSoon: false });
    expect(marks({ ...base, validUntil: calendarDay("2026-12-01") }, today, now).endsSoon).toBe(true);
  });
});
