import { Auth } from "@auth/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { startMailCatcher } from "@/lib/mail/catcher";

import { freePort } from "./support/ports";

// Drives Auth.js exactly as the route handler does, with the application's own configuration.
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let authConfig: typeof import("@/lib/auth/config").authConfig;
const BASE = "http://127.0.0.1:3999";

beforeAll(async () => {
  const smtpPort = await freePort();
  catcher = await startMailCatcher({ smtpPort, httpPort: await freePort(), host: "127.0.0.1" });
  process.env.SMTP_PORT = String(smtpPort);
  process.env.APP_URL = BASE;
  process.env.AUTH_SECRET = "integration-test-secret-0123456789";
  resetEnvCache();
  ({ authConfig } = await import("@/lib/auth/config"));
});

afterAll(async () => {
  await catcher?.stop();
});

type Jar = Map<string, string>;

function remember(jar: Jar, response: Response) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const [name, ...value] = pair.split("=");
    jar.set(name.trim(), value.join("="));
  }
}

async function call(path: string, jar: Jar, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
  const response = await Auth(new Request(`${BASE}${path}`, { ...init, headers, redirect: "manual" }), authConfig());
  remember(jar, response);
  return response;
}

async function askForLink(email: string) {
  const jar: Jar = new Map();
  const csrf = (await (await call("/api/auth/csrf", jar)).json()) as { csrfToken: string };
  const body = new URLSearchParams({ email, csrfToken: csrf.csrfToken, callbackUrl: "/" });
  const started = performance.now();
  const response = await call("/api/auth/signin/email", jar, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  return { response, jar, ms: performance.now() - started };
}

async function linkFor(email: string): Promise<URL> {
  for (let i = 0; i < 50; i++) {
    const message = catcher
      .messages()
      .filter((m) => m.to.includes(email))
      .at(-1);
    if (message) {
      const match = message.text.match(/https?:\/\/\S+\/login\/confirm\?\S+/);
      if (match) return new URL(match[0]);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no sign-in email for ${email}`);
}

async function openCallback(link: URL) {
  const params = new URLSearchParams({
    token: link.searchParams.get("token")!,
    email: link.searchParams.get("email")!,
    callbackUrl: link.searchParams.get("callbackUrl") ?? "/",
  });
  const jar: Jar = new Map();
  const response = await call(`/api/auth/callback/email?${params}`, jar);
  return { response, jar };
}

describe("sign-in by email link", () => {
  it("sends a French email whose link opens the confirmation page, and signs in once", async () => {
    const email = "coordination@sign-in.test";
    await db.user.create({ data: { email } });
    const { response } = await askForLink(email);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/api/auth/verify-request");

    const link = await linkFor(email);
    expect(link.pathname).toBe("/login/confirm");
    const message = catcher
      .messages()
      .filter((m) => m.to.includes(email))
      .at(-1)!;
    expect(message.subject).toMatch(/connexion/i);

    // The emailed link is our confirmation page: fetching it (as a mail scanner does) touches no token.
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);

    const first = await openCallback(link);
    expect(first.response.status).toBe(302);
    expect(first.response.headers.get("location")).toBe(`${BASE}/`);
    const sessionCookie = [...first.jar.keys()].find((k) => k.includes("session-token"));
    expect(sessionCookie).toBeDefined();
    const setCookie = first.response.headers.getSetCookie().find((c) => c.includes("session-token"))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(await db.session.count({ where: { user: { email } } })).toBe(1);

    const second = await openCallback(link);
    expect(second.response.headers.get("location")).toContain("/login/error?error=Verification");
    expect(await db.session.count({ where: { user: { email } } })).toBe(1);
  });

  it("refuses a link opened after 10 minutes", async () => {
    const email = "en.retard@sign-in.test";
    await askForLink(email);
    const link = await linkFor(email);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 10 * 60 * 1000 + 1000 });
    try {
      const late = await openCallback(link);
      expect(late.response.headers.get("location")).toContain("/login/error?error=Verification");
    } finally {
      vi.useRealTimers();
    }
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);
  });

  it("answers an unknown address exactly as a known one, without creating anything", async () => {
    const known = "connue@sign-in.test";
    await db.user.create({ data: { email: known } });
    const unknown = "inconnue@sign-in.test";
    const a = await askForLink(known);
    const b = await askForLink(unknown);
    expect(b.response.status).toBe(a.response.status);
    expect(b.response.headers.get("location")).toBe(a.response.headers.get("location"));
    expect(await b.response.text()).toBe(await a.response.text());
    expect([...b.jar.keys()].sort()).toEqual([...a.jar.keys()].sort());
    // Both addresses get a link (the same work is done), and no account exists before the link is used.
    await linkFor(known);
    await linkFor(unknown);
    expect(await db.user.count({ where: { email: unknown } })).toBe(0);
  });

  it("ends the session on the server when signing out", async () => {
    const email = "depart@sign-in.test";
    await askForLink(email);
    const { jar } = await openCallback(await linkFor(email));
    expect(await db.session.count({ where: { user: { email } } })).toBe(1);
    const csrf = (await (await call("/api/auth/csrf", jar)).json()) as { csrfToken: string };
    await call("/api/auth/signout", jar, {
      method: "POST",
      body: new URLSearchParams({ csrfToken: csrf.csrfToken }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);
  });
});
