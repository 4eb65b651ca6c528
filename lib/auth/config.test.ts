import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/mail/outbox", () => ({ sendPlatformEmailNow: vi.fn() }));
vi.mock("@/lib/invitations/accept", () => ({ acceptPendingInvitations: vi.fn() }));
vi.mock("./adapter", () => ({ authAdapter: vi.fn() }));

const { confirmationUrlFor } = await import("./config");
const APP = "http://127.0.0.1:3100";

describe("the emailed link", () => {
  it("turns Auth.js's callback link into our confirmation page, with a relative destination", () => {
    const link = confirmationUrlFor(
      "http://localhost:3100/api/auth/callback/email?callbackUrl=http%3A%2F%2F127.0.0.1%3A3100%2Fcpts%2Fadmin&token=abc&email=a%40b.fr",
      APP,
    );
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(`${APP}/login/confirm`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ token: "abc", email: "a@b.fr", callbackUrl: "/cpts/admin" });
  });

  it("drops a destination on another site", () => {
    const link = confirmationUrlFor(
      "http://127.0.0.1:3100/api/auth/callback/email?callbackUrl=%2F%09%2Fevil.example&token=abc&email=a%40b.fr",
      APP,
    );
    expect(new URL(link).searchParams.get("callbackUrl")).toBe("/");
  });
});
