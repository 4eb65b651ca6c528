import { describe, expect, it } from "vitest";

import { addWorkingDays, checkStageChange, isResponseOverdue } from "./stages";

describe("stage rules", () => {
  it.each([
    ["NEW", "QUALIFIED"],
    ["QUALIFIED", "IN_PROGRESS"],
    ["IN_PROGRESS", "INSTALLED"],
    ["INSTALLED", "MEMBER"],
    ["QUALIFIED", "NEW"],
    ["INSTALLED", "IN_PROGRESS"],
    ["CLOSED", "NEW"],
  ] as const)("allows %s → %s", (from, to) => {
    expect(checkStageChange(from, { to })).toEqual({ ok: true });
  });

  it.each([
    ["NEW", "IN_PROGRESS", "requests.errors.skipStage"],
    ["NEW", "MEMBER", "requests.errors.skipStage"],
    ["MEMBER", "INSTALLED", "requests.errors.finalStage"],
    ["CLOSED", "QUALIFIED", "requests.errors.reopenAsNew"],
    ["NEW", "NEW", "requests.errors.sameStage"],
  ] as const)("refuses %s → %s", (from, to, messageKey) => {
    expect(checkStageChange(from, { to })).toEqual({ ok: false, messageKey });
  });

  it("closes from any open stage, with a reason only", () => {
    for (const from of ["NEW", "QUALIFIED", "IN_PROGRESS", "INSTALLED"] as const) {
      expect(checkStageChange(from, { to: "CLOSED", closingReason: "WITHDRAWN" })).toEqual({ ok: true });
      expect(checkStageChange(from, { to: "CLOSED" })).toEqual({
        ok: false,
        messageKey: "requests.errors.closingReasonRequired",
      });
    }
    expect(checkStageChange("MEMBER", { to: "CLOSED", closingReason: "OTHER" })).toEqual({
      ok: false,
      messageKey: "requests.errors.finalStage",
    });
  });
});

describe("response promise", () => {
  it("counts working days only", () => {
    const friday = new Date("2026-11-20T10:00:00Z");
    expect(addWorkingDays(friday, 2).toISOString()).toBe("2026-11-24T10:00:00.000Z");
  });

  it("flags an unanswered open request past the delay", () => {
    const createdAt = new Date("2026-11-20T10:00:00Z");
    const request = { createdAt, firstResponseAt: null, stage: "NEW" as const };
    expect(isResponseOverdue(request, 2, new Date("2026-11-24T09:00:00Z"))).toBe(false);
    expect(isResponseOverdue(request, 2, new Date("2026-11-24T11:00:00Z"))).toBe(true);
    expect(isResponseOverdue({ ...request, firstResponseAt: new Date() }, 2, new Date("2026-12-24"))).toBe(false);
    expect(isResponseOverdue({ ...request, stage: "CLOSED" }, 2, new Date("2026-12-24"))).toBe(false);
  });
});
