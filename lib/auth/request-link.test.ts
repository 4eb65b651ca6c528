import { describe, expect, it, vi } from "vitest";

vi.mock("./index", () => ({ signIn: vi.fn() }));
vi.mock("./config", () => ({ EMAIL_PROVIDER_ID: "email" }));

const { safeCallbackPath } = await import("./request-link");

describe("safeCallbackPath", () => {
  it.each([
    ["/cpts-ouest-guyane/admin", "/cpts-ouest-guyane/admin"],
    ["/", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    [undefined, "/"],
    ["", "/"],
  ])("turns %s into %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
