import { describe, expect, it } from "vitest";

import { canClaim, isVisible, marks } from "./rules";

const now = new Date("2026-11-24T12:00:00Z");
const base = {
  status: "PUBLISHED",
  validFrom: new Date("2026-10-01"),
  validUntil: null,
  audience: "MEMBERS" as const,
  createdAt: new Date("2026-10-01"),
};

describe("offer rules", () => {
  it("hides drafts, archived, future and expired offers", () => {
    expect(isVisible(base, now)).toBe(true);
    expect(isVisible({ ...base, status: "DRAFT" }, now)).toBe(false);
    expect(isVisible({ ...base, status: "ARCHIVED" }, now)).toBe(false);
    expect(isVisible({ ...base, validFrom: new Date("2026-12-01") }, now)).toBe(false);
    expect(isVisible({ ...base, validUntil: new Date("2026-11-20") }, now)).toBe(false);
  });

  it("shows the code to newcomers only when the audience includes them", () => {
    expect(canClaim(base, "MEMBER")).toBe(true);
    expect(canClaim(base, "NEWCOMER")).toBe(false);
    expect(canClaim({ audience: "MEMBERS_AND_NEWCOMERS" }, "NEWCOMER")).toBe(true);
  });

  it("marks new offers and offers that end soon", () => {
    expect(marks({ ...base, createdAt: new Date("2026-11-20") }, now).isNew).toBe(true);
    expect(marks(base, now)).toEqual({ isNew: false, endsSoon: false });
    expect(marks({ ...base, validUntil: new Date("2026-12-01") }, now).endsSoon).toBe(true);
  });
});
