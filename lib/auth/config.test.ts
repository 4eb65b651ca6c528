import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/mail/outbox", () => ({ sendPlatformEmailNow: vi.fn() }));
vi.mock("@/lib/invitations/accept", () => ({ acceptPendingInvitations: vi.fn() }));
vi.mock("./adapter", () => ({ authAdapter: vi.fn(), normaliseEmail: (e: string) => e }));

const { confirmationUrlFor, sameSitePath } = await import("./config");
const APP = "http://127.0.0.1:3100";

describe("post sign-in destinations", () => {
  it.each([
    ["/cpts-ouest-guyane/admin", "/cpts-ouest-guyane/admin"],
    ["http://127.0.0.1:3100/cpts-ouest-guyane/admin?x=1", "/cpts-ouest-guyane/admin?x=1"],
    ["http://localhost:3100/platform", "/platform"],
    ["https://evil.example/cpts", "/"],
    ["//evil.example", "/"],
    ["javascript:alert(1)", "/"],
    [null, "/"],
  ])("keeps %s on this site as %s", (input, expected) => {
    expect(sameSitePath(input, APP)).toBe(expected);
  });

  it("turns Auth.js's callback link into our confirmation page, with a relative destination", () => {
    const link = confirmationUrlFor(
      "http://localhost:3100/api/auth/callback/email?callbackUrl=http%3A%2F%2F127.0.0.1%3A3100%2Fcpts%2Fadmin&token=abc&email=a%40b.fr",
      APP,
    );
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(`${APP}/login/confirm`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ token: "abc", email: "a@b.fr", callbackUrl: "/cpts/admin" });
  });
});
