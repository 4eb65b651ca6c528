import { randomUUID } from "node:crypto";

import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import frEvents from "@/lib/i18n/messages/fr.events.json";
import fr from "@/lib/i18n/messages/fr.json";
import frMembers from "@/lib/i18n/messages/fr.members.json";
import frOffers from "@/lib/i18n/messages/fr.offers.json";
import frRequests from "@/lib/i18n/messages/fr.requests.json";

import { asCurrentUser, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";
import { freePort } from "./support/ports";

// The public server actions, called with random payloads as any HTTP client could. Each answer must
// be a clear refusal (a catalogue key) or a success, never "unexpected", never a thrown error other
// than Next's redirect, and never leave part of a record behind.
// Runs: each case is a database round trip, so 150 random payloads per action (about 2 s each),
// mixing wholly random values with valid payloads where one field is replaced by a random value.
const RUNS = 150;

let socket = "192.0.2.1";
let currentUser: CurrentUser | null = null;
// Outside a request, next-intl cannot tell the reader's language: the intake takes French.
vi.mock("next-intl/server", async (original) => ({
  ...(await original<typeof import("next-intl/server")>()),
  getLocale: async () => "fr",
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ [SOCKET_ADDRESS_HEADER]: socket, "x-forwarded-proto": "http" }),
  cookies: async () => ({ set: () => undefined, get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));

const catalogue = { ...fr, ...frRequests, ...frEvents, ...frOffers, ...frMembers } as Record<string, unknown>;
function inCatalogue(key: string): boolean {
  let node: unknown = catalogue;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string";
}

type Answer = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[]> };

/** Runs the action; a Next redirect counts as a success. */
async function answerOf(run: () => Promise<Answer>): Promise<Answer> {
  try {
    return await run();
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return { ok: true };
    throw error;
  }
}

function expectClear(answer: Answer) {
  expect(typeof answer.ok).toBe("boolean");
  if (answer.ok) return;
  expect(answer.formError).not.toBe("errors.unexpected");
  expect(inCatalogue(answer.formError!), answer.formError).toBe(true);
  for (const keys of Object.values(answer.fieldErrors ?? {}))
    for (const key of keys) expect(inCatalogue(key), key).toBe(true);
}

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 300 }),
  fc.constantFrom("", "\u0000", "a@b", "a@x.test,b@y.test", "x".repeat(5000), -1, 1e308, null, [], {}),
);

/** A valid payload with one field (at any depth) replaced by a random value. */
function mutated<T extends object>(valid: () => T): fc.Arbitrary<T> {
  return fc.tuple(fc.nat(), junk).map(([n, value]) => {
    const payload = structuredClone(valid()) as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (node: unknown, path: string[]) => {
      if (node && typeof node === "object" && !Array.isArray(node))
        for (const [k, v] of Object.entries(node)) {
          paths.push([...path, k]);
          walk(v, [...path, k]);
        }
    };
    walk(payload, []);
    const path = paths[n % paths.length];
    let target = payload;
    for (const k of path.slice(0, -1)) target = target[k] as Record<string, unknown>;
    target[path.at(-1)!] = value;
    return payload as T;
  });
}

let t: TestTenant;

beforeAll(async () => {
  process.env.SMTP_PORT = String(await freePort()); // nobody listens: sign-in emails are queued, not sent
  process.env.AUTH_SECRET = "integration-test-secret-0123456789";
  process.env.SIGN_IN_LINKS_PER_CLIENT_HOUR = "100000";
  resetEnvCache();
  t = await createTestTenant("fuzz");
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

// No console.error either: tests/helpers/fail-on-console-error.ts fails the test that causes one.

describe("public actions under random payloads", () => {
  it(`intake: ${RUNS} payloads, each a whole request or nothing`, async () => {
    const { submitInstallationRequestAction: submitInstallationRequest } =
      await import("@/lib/requests/intake-actions");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          mutated(() => intakeInput()),
        ),
        fc.nat(),
        async (payload, n) => {
          socket = `198.51.${n % 250}.${(n >> 8) % 250}`;
          const before = await db.installationRequest.count({ where: { tenantId: t.tenant.id } });
          const answer = await answerOf(() => submitInstallationRequest(t.tenant.slug, payload as never));
          expectClear(answer);
          const after = await db.installationRequest.count({ where: { tenantId: t.tenant.id } });
          if (!answer.ok) expect(after).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
    // No partial record: every request has its timeline entry and its email to the newcomer.
    const partial = await db.installationRequest.count({
      where: { tenantId: t.tenant.id, OR: [{ events: { none: {} } }] },
    });
    expect(partial).toBe(0);
  });

  it(`sign-in: ${RUNS} payloads`, async () => {
    const { requestSignInLinkAction: requestSignInLink } = await import("@/lib/auth/actions");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          mutated(() => ({ email: `p${randomUUID().slice(0, 6)}@fuzz.test`, callbackUrl: "/" })),
        ),
        async (payload) => {
          expectClear(await answerOf(() => requestSignInLink(payload as never)));
        },
      ),
      { numRuns: RUNS },
    );
    expect(await db.verificationToken.count({ where: { NOT: { identifier: { endsWith: ".test" } } } })).toBe(0);
  });

  it(`tracking reply: ${RUNS} payloads`, async () => {
    const { sendNewcomerReplyAction: sendNewcomerReply } = await import("@/lib/requests/tracking-actions");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          mutated(() => ({ token: "A".repeat(43), body: "Bonjour" })),
        ),
        async (payload) => {
          const before = await db.requestMessage.count();
          expectClear(await answerOf(() => sendNewcomerReply(t.tenant.slug, payload as never)));
          expect(await db.requestMessage.count()).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`invitation: ${RUNS} payloads, signed out and signed in`, async () => {
    const { acceptInvitationAction: acceptInvitation } = await import("@/lib/invitations/actions");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          mutated(() => ({ token: randomUUID() })),
        ),
        fc.boolean(),
        async (payload, signedIn) => {
          currentUser = signedIn ? asCurrentUser(t.member) : null;
          const before = await db.membership.count({ where: { tenantId: t.tenant.id } });
          expectClear(await answerOf(() => acceptInvitation(t.tenant.slug, payload as never)));
          expect(await db.membership.count({ where: { tenantId: t.tenant.id } })).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
    currentUser = null;
  });
});
