import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { safeRedirectPath } from "./safe-redirect";

const APP = "http://127.0.0.1:3100";

describe("safeRedirectPath", () => {
  it.each([
    ["/cpts-ouest-guyane/admin", "/cpts-ouest-guyane/admin"],
    ["/cpts/admin/requests?view=board#x", "/cpts/admin/requests?view=board#x"],
    ["http://127.0.0.1:3100/cpts-ouest-guyane/admin?x=1", "/cpts-ouest-guyane/admin?x=1"],
    ["cpts/admin", "/cpts/admin"],
    ["/", "/"],
  ])("keeps %s on this site as %s", (input, expected) => {
    expect(safeRedirectPath(input, APP)).toBe(expected);
  });

  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\u0000/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "//evil.example",
    "///evil.example",
    "https://evil.example/cpts",
    "http://localhost:3100/platform",
    "http://127.0.0.1:3100//evil.example",
    "http://127.0.0.1:3101/cpts",
    "https://127.0.0.1:3100/cpts",
    "javascript:alert(1)",
    "data:text/html,hi",
    "http://127.0.0.1:3100@evil.example/",
    "",
    null,
    undefined,
  ])("sends %j to the home page", (input) => {
    expect(safeRedirectPath(input, APP)).toBe("/");
  });

  // Whatever the input, the answer is a path that a browser resolves on the app's own origin.
  it("never leaves the app's origin (1,000 random values)", () => {
    const piece = fc.constantFrom(
      "/",
      "//",
      "\\",
      "\t",
      "\n",
      "http:",
      "https:",
      "evil.example",
      "@",
      "%2F",
      ".",
      ":",
      "?",
      "#",
    );
    const value = fc.oneof(
      fc.string(),
      fc.array(piece, { maxLength: 8 }).map((p) => p.join("")),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(value, (input) => {
        const path = safeRedirectPath(input, APP);
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//")).toBe(false);
        expect(new URL(path, APP).origin).toBe(APP);
      }),
      { numRuns: 1000 },
    );
  }, 30_000); // 1,000 runs of expect() take seconds on a loaded machine
});
