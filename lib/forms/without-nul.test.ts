import { describe, expect, it } from "vitest";

import { withoutNul } from "./without-nul";

describe("withoutNul", () => {
  it("drops NUL from strings at any depth and keeps everything else", () => {
    expect(withoutNul({ a: "x\u0000y", b: [{ c: "\u0000" }, 3, null], d: true })).toEqual({
      a: "xy",
      b: [{ c: "" }, 3, null],
      d: true,
    });
    expect(withoutNul("ligne 1\nligne 2")).toBe("ligne 1\nligne 2");
  });
});
