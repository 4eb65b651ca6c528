import { afterEach, beforeEach, expect, vi } from "vitest";

// An unexpected console.error fails the test that caused it. A test that provokes one on purpose
// (a mail server refusing, a crash being handled) says so with allowConsoleErrors().
let allowed = false;
let reported: unknown[][] = [];

export function allowConsoleErrors() {
  allowed = true;
}

beforeEach(() => {
  allowed = false;
  reported = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    reported.push(args);
  });
});

afterEach(() => {
  const errors = reported;
  vi.mocked(console.error).mockRestore();
  if (!allowed)
    expect(
      errors.map((args) => args.map(String).join(" ")),
      "unexpected console.error",
    ).toEqual([]);
});
