import { describe, expect, it } from "vitest";

import { lastSeenDue, sessionLimitReached } from "./session-limits";

const now = new Date("2026-11-26T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("staff session limits", () => {
  it("end a staff session after 2 hours idle or 12 hours in all", () => {
    expect(sessionLimitReached({ createdAt: ago(60), lastSeenAt: ago(1) }, true, now)).toBeNull();
    expect(sessionLimitReached({ createdAt: ago(180), lastSeenAt: ago(119) }, true, now)).toBeNull();
    expect(sessionLimitReached({ createdAt: ago(180), lastSeenAt: ago(120) }, true, now)).toBe("idle");
    expect(sessionLimitReached({ createdAt: ago(12 * 60), lastSeenAt: ago(0) }, true, now)).toBe("absolute");
  });

  it("leave members' sessions alone", () => {
    expect(sessionLimitReached({ createdAt: ago(20 * 24 * 60), lastSeenAt: ago(5 * 24 * 60) }, false, now)).toBeNull();
  });

  it("write the last activity at most once a minute", () => {
    expect(lastSeenDue({ createdAt: ago(5), lastSeenAt: ago(0.5) }, now)).toBe(false);
    expect(lastSeenDue({ createdAt: ago(5), lastSeenAt: ago(1) }, now)).toBe(true);
  });
});
