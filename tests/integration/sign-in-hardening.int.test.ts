import { Auth } from "@auth/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { startMailCatcher } from "@/lib/mail/catcher";
import { allowConsoleErrors } from "@/tests/helpers/fail-on-console-error";

import { freePort } from "./support/ports";

// The server action reads the request's headers and cookies: give it a browser's, from a chosen socket.
let socketAddress = "203.0.113.1";
let forwardedFor = "";
const cookieJar = new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      [SOCKET_ADDRESS_HEADER]: socketAddress,
      "x-forwarded-proto": "http",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    }),
  cookies: async () => ({ set: (name: string, value: string) => cookieJar.set(name, value), get: () => undefined }),
}));

let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let authConfig: typeof import("@/lib/auth/config").authConfig;
let guardAuthRoute: typeof import("@/lib/auth/route-guard").guardAuthRoute;
let route: { GET: (r: Request) => Promise<Response>; POST: (r: Request) => Promise<Response> };
const BASE = "http://127.0.0.1:3998";

beforeAll(async () => {
  const smtpPort = await freePort();
  catcher = await startMailCatcher({ smtpPort, httpPort: await freePort(), host: "127.0.0.1" });
  process.env.SMTP_PORT = String(smtpPort);
  process.env.APP_URL = BASE;
  process.env.AUTH_URL = BASE;
  process.env.AUTH_SECRET = "integration-test-secret-0123456789";
  resetEnvCache();
  ({ authConfig } = await import("@/lib/auth/config"));
  ({ guardAuthRoute } = await import("@/lib/auth/route-guard"));
  route = guardAuthRoute(
    (request: Request) => Auth(request, authConfig()),
    () => BASE,
  );
});

afterAll(async () => {
  await catcher?.stop();
});

const mailsTo = (email: string) => catcher.messages().filter((m) => m.to.includes(email));

async function waitForMails(email: string, count: number) {
  for (let i = 0; i < 50 && mailsTo(email).length < count; i++) await new Promise((r) => setTimeout(r, 100));
  return mailsTo(email);
}

function confirmLink(text: string): URL {
  return new URL(text.match(/https?:\/\/\S+\/login\/confirm\?\S+/)![0]);
}

/** Through the server action, as the login form does; returns where it sends the browser. */
async function askThroughForm(email: string, callbackUrl = "/"): Promise<string> {
  const { requestSignInLinkAction: requestSignInLink } = await import("@/lib/auth/actions");
  try {
    await requestSignInLink({ email, callbackUrl });
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2];
    throw error;
  }
  throw new Error("no redirect");
}

function callbackRequest(link: URL, init: { method: string; headers?: Record<string, string> }) {
  const params = new URLSearchParams({
    token: link.searchParams.get("token")!,
    email: link.searchParams.get("email")!,
    callbackUrl: link.searchParams.get("callbackUrl") ?? "/",
  });
  return new Request(`${BASE}/api/auth/callback/email?${params}`, { ...init, redirect: "manual" });
}

describe("the email callback only answers the confirmation page's button (login CSRF)", () => {
  it("sends a GET (the attacker's link opened by a victim) to the confirmation page, touching nothing", async () => {
    const email = "get.callback@hardening.test";
    await askThroughForm(email, "/cpts/admin");
    const link = confirmLink((await waitForMails(email, 1))[0].text);
    const response = await route.GET(callbackRequest(link, { method: "GET" }));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/login/confirm");
    expect(location.searchParams.get("email")).toBe(email);
    expect(location.searchParams.get("callbackUrl")).toBe("/cpts/admin");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);
  });

  it("refuses a cross-site form post and a post that does not say where it comes from", async () => {
    const email = "cross.site@hardening.test";
    await askThroughForm(email);
    const link = confirmLink((await waitForMails(email, 1))[0].text);
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "http://autre.127.0.0.1.nip.io" },
      { origin: "null" },
      {},
    ];
    for (const headers of attempts) {
      const response = await route.POST(callbackRequest(link, { method: "POST", headers }));
      expect(response.status).toBe(303);
      expect(new URL(response.headers.get("location")!).pathname).toBe("/login/confirm");
    }
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);
  });

  it("signs in on the confirmation page's same-origin post, once", async () => {
    const email = "same.origin@hardening.test";
    await askThroughForm(email, "/cpts/portal");
    const link = confirmLink((await waitForMails(email, 1))[0].text);
    // What Chromium sends from a page with a strict referrer policy: Sec-Fetch-Site says it all.
    const headers = { "sec-fetch-site": "same-origin", origin: "null" };
    const response = await route.POST(callbackRequest(link, { method: "POST", headers }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${BASE}/cpts/portal`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await db.session.count({ where: { user: { email } } })).toBe(1);
  });
});

describe("asking for a link", () => {
  it("closes Auth.js's own sign-in endpoint, which skipped our validation and limits", async () => {
    const email = "a@hardening.test,b@hardening.test";
    const body = new URLSearchParams({ email, callbackUrl: "/" });
    for (const path of ["/api/auth/signin/email", "/api/auth/signin"]) {
      const response = await route.POST(new Request(`${BASE}${path}`, { method: "POST", body }));
      expect(response.status).toBe(404);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo("a@hardening.test")).toHaveLength(0);
    expect(await db.verificationToken.count({ where: { identifier: { contains: "b@hardening.test" } } })).toBe(0);
  });

  it("refuses a list of addresses in the identifier normaliser, whatever the entry point", async () => {
    // Straight into Auth.js (as its closed endpoint would have): the normaliser throws, nothing is sent.
    allowConsoleErrors(); // Auth.js logs the refused address (kind and stack only, see logUnexpected)
    const jar = new Map<string, string>();
    const csrfResponse = await Auth(new Request(`${BASE}/api/auth/csrf`), authConfig());
    for (const c of csrfResponse.headers.getSetCookie()) jar.set(c.split("=")[0], c.split(";")[0].split("=")[1]);
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const response = await Auth(
      new Request(`${BASE}/api/auth/signin/email`, {
        method: "POST",
        body: new URLSearchParams({ email: "c@hardening.test,d@hardening.test", csrfToken, callbackUrl: "/" }),
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        },
        redirect: "manual",
      }),
      authConfig(),
    );
    expect(response.headers.get("location")).toContain("error");
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo("c@hardening.test")).toHaveLength(0);
    expect(mailsTo("d@hardening.test")).toHaveLength(0);
    expect(await db.verificationToken.count({ where: { identifier: { contains: "hardening.test," } } })).toBe(0);
  });

  it("keeps only the latest link of an address valid", async () => {
    const email = "deux.liens@hardening.test";
    await askThroughForm(email);
    await waitForMails(email, 1);
    await askThroughForm(email);
    const [older, newer] = (await waitForMails(email, 2)).map((m) => confirmLink(m.text));
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    // Reached as "localhost" (what Next makes of 127.0.0.1): the answer still sends to the app's origin.
    const asLocalhost = callbackRequest(older, { method: "POST", headers: { origin: BASE } });
    const refused = await route.POST(new Request(asLocalhost.url.replace("127.0.0.1", "localhost"), asLocalhost));
    expect(refused.headers.get("location")).toBe(`${BASE}/login/error?error=Verification`);
    const accepted = await route.POST(callbackRequest(newer, { method: "POST", headers: { origin: BASE } }));
    expect(accepted.headers.get("location")).toBe(`${BASE}/`);
  });

  it("sends at most 5 links an hour to one address, with the same answer after the limit", async () => {
    socketAddress = "203.0.113.50";
    const email = "inondee@hardening.test";
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await askThroughForm(email));
    expect(new Set(answers)).toEqual(new Set(["/login/check?status=sent"]));
    await waitForMails(email, 5);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo(email)).toHaveLength(5);
  });

  it("sends at most 20 links an hour from one client address, whatever X-Forwarded-For says", async () => {
    socketAddress = "203.0.113.60";
    for (let i = 0; i < 22; i++) {
      forwardedFor = `10.1.${i}.1`; // a client-written header, rotated on every request
      await askThroughForm(`victime${i}@hardening.test`);
    }
    forwardedFor = "";
    await waitForMails("victime19@hardening.test", 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo("victime20@hardening.test")).toHaveLength(0);
    expect(mailsTo("victime21@hardening.test")).toHaveLength(0);
    // Another client is not held back by that one.
    socketAddress = "203.0.113.61";
    await askThroughForm("victime20@hardening.test");
    expect(await waitForMails("victime20@hardening.test", 1)).toHaveLength(1);
  });

  it("holds the limit under simultaneous requests, across connections (counted in PostgreSQL)", async () => {
    const { reserveSignInLink } = await import("@/lib/auth/link-limits");
    const granted = await Promise.all(
      Array.from({ length: 12 }, () => reserveSignInLink("parallele@hardening.test", "198.51.100.7")),
    );
    expect(granted.filter(Boolean)).toHaveLength(5);
    // The counters keep neither the address nor the client in clear.
    const rows = await db.signInLinkRequest.findMany();
    expect(JSON.stringify(rows)).not.toContain("parallele");
    expect(JSON.stringify(rows)).not.toContain("198.51.100.7");
  });
});

describe("daily purge", () => {
  it("deletes expired links and counters older than a day, and nothing else", async () => {
    const { purgeSignInLeftovers } = await import("@/lib/auth/link-limits");
    const now = new Date();
    await db.verificationToken.createMany({
      data: [
        { identifier: "vieux@hardening.test", token: "expired-token", expires: new Date(now.getTime() - 1000) },
        { identifier: "frais@hardening.test", token: "fresh-token", expires: new Date(now.getTime() + 60_000) },
      ],
    });
    await db.signInLinkRequest.create({
      data: { emailHash: "old", clientHash: "old", createdAt: new Date(now.getTime() - 25 * 3600_000) },
    });
    await purgeSignInLeftovers(now);
    expect(await db.verificationToken.findUnique({ where: { token: "expired-token" } })).toBeNull();
    expect(await db.verificationToken.findUnique({ where: { token: "fresh-token" } })).not.toBeNull();
    expect(await db.signInLinkRequest.count({ where: { emailHash: "old" } })).toBe(0);
    expect(await db.signInLinkRequest.count()).toBeGreaterThan(0);
  });
});
