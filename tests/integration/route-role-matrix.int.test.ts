import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { ACCESS, PROFILES } from "./matrix/access";
import { actAs } from "./support/act-as";
import {
  createTestEvent,
  createTestOffer,
  createTestPartner,
  createTestRequest,
  createTestTenant,
  createUser,
  type TestTenant,
} from "./support/factories";

// The route × role matrix (issue 10, §8): every page and route handler of app/ and every export of every
// "use server" module, called by eight kinds of callers with tenant A's real ids. What each may reach is
// data (./matrix/access.ts); a new page, route or action without an entry fails here. Pages and routes are
// called directly (their guard runs for real, against the database; only the cookie is replaced by
// actAs), which keeps the whole matrix to a few seconds. Refusals change nothing in the database.

// next.config.ts turns on authInterrupts (forbidden()); the build sets this flag, so must the test.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

vi.mock("next-intl/server", async (original) => {
  const t = Object.assign((key: string) => key, {
    rich: (k: string) => k,
    markup: (k: string) => k,
    raw: (k: string) => k,
    has: () => true,
  });
  return {
    ...(await original<typeof import("next-intl/server")>()),
    getTranslations: async () => t,
    getLocale: async () => "fr",
    getMessages: async () => ({}),
    getFormatter: async () => ({ dateTime: () => "", number: () => "", relativeTime: () => "", list: () => "" }),
    getNow: async () => new Date(),
    getTimeZone: async () => "Europe/Paris",
  };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-proto": "http", host: "127.0.0.1" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, has: () => false }),
}));

const root = path.resolve(import.meta.dirname, "../..");
const CALLERS = [
  "anonymous",
  "memberA",
  "staffA",
  "coordinatorA",
  "staffB",
  "memberB",
  "newcomer",
  "platformAdmin",
] as const;
type Caller = (typeof CALLERS)[number];
type Answer = "ok" | "signIn" | "forbidden" | "notFound" | "redirect" | "skip";

/** A path parameter is a real row of tenant A, chosen by the segment before it. */
const PARAM_SOURCES: Record<string, keyof Ids> = {
  "events/[id]": "eventId",
  "requests/[id]": "requestId",
  "members/[id]": "membershipId",
  "partners/[id]": "partnerId",
  "offers/[id]": "offerId",
  "track/[token]": "trackingToken",
  "invitation/[token]": "unknownToken",
  "calendar/[token]": "unknownToken",
  "unsubscribe/[token]": "unknownToken",
  "email-change/[token]": "emailChangeToken",
  // Pages and routes of the network, housing, follow-up and indicators, with tenant A's rows too.
  "check-in/[token]": "checkInToken",
  "orientation/[token]": "referralToken",
  "housing-photos/[photoId]": "photoId",
  "housing/[id]": "unitId",
  "network/[id]": "actorId",
  "aids/[id]": "aidId",
  "indicators/[file]": "indicatorFile",
};
type Ids = {
  eventId: string;
  requestId: string;
  membershipId: string;
  partnerId: string;
  offerId: string;
  trackingToken: string;
  unknownToken: string;
  emailChangeToken: string;
  // The field names of the network, housing and follow-up actions, so refused callers get real ids.
  actorId: string;
  contactId: string;
  aidId: string;
  needId: string;
  referralId: string;
  unitId: string;
  bookingId: string;
  photoId: string;
  taskId: string;
  checkInToken: string;
  referralToken: string;
  indicatorFile: string;
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const appFiles = walk(path.join(root, "app")).map((f) => path.relative(root, f));
const pages = appFiles.filter((f) => /\/page\.tsx$/.test(f));
const routes = appFiles.filter((f) => /\/route\.ts$/.test(f));
const serverModules = ["app", "lib", "components"]
  .flatMap((dir) => walk(path.join(root, dir)))
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes("/generated/") && !/\.test\.tsx?$/.test(f))
  .filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")))
  .map((f) => path.relative(root, f));

const urlOf = (file: string) =>
  "/" +
  path
    .dirname(file)
    .replace(/^app\/?/, "")
    .replace(/\/?$/, "");

const entries = new Map<string, { feature: string; value: string }>();
for (const [feature, group] of Object.entries(ACCESS))
  for (const [key, value] of Object.entries(group)) entries.set(key, { feature, value });

function expected(key: string): Record<Caller, Answer> {
  const entry = entries.get(key)!;
  const [profileName, ...exceptions] = entry.value.split(";").map((s) => s.trim());
  const profileKey = profileName.split(":")[0].trim() as keyof typeof PROFILES;
  const profile = PROFILES[profileKey] as Partial<Record<Caller | "all", Answer>>;
  if (!profile) throw new Error(`${key}: unknown profile ${profileName}`);
  const result = Object.fromEntries(CALLERS.map((c) => [c, profile[c] ?? profile.all])) as Record<Caller, Answer>;
  for (const exception of exceptions) {
    const [caller, answer] = exception.split("=").map((s) => s.trim());
    result[caller as Caller] = answer as Answer;
  }
  return result;
}

let a: TestTenant;
let b: TestTenant;
let ids: Ids;
let people: Record<Exclude<Caller, "anonymous">, { id: string; email: string; isPlatformAdmin?: boolean }>;

function actAsCaller(caller: Caller) {
  actAs(caller === "anonymous" ? null : people[caller]);
}

function paramsFor(url: string): Record<string, string> {
  const params: Record<string, string> = { tenant: a.tenant.slug };
  for (const [pattern, source] of Object.entries(PARAM_SOURCES)) {
    const [, name] = pattern.match(/\[(\w+)\]$/)!;
    if (url.includes(pattern)) params[name] = ids[source];
  }
  return params;
}

/** What a page's guard answered: Next's navigation errors carry a digest. */
function pageAnswer(error: unknown): Answer | string {
  const digest = String((error as { digest?: string } | null)?.digest ?? "");
  if (digest.endsWith(";404")) return "notFound";
  if (digest.endsWith(";403")) return "forbidden";
  if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]?.startsWith("/login?") ? "signIn" : "redirect";
  return `error: ${(error as Error)?.message ?? String(error)}`;
}

async function callPage(file: string): Promise<Answer | string> {
  const page = (await import(/* @vite-ignore */ path.join(root, file))) as {
    default: (props: { params: Promise<object>; searchParams: Promise<object> }) => Promise<unknown>;
  };
  try {
    await page.default({ params: Promise.resolve(paramsFor(urlOf(file))), searchParams: Promise.resolve({}) });
    return "ok";
  } catch (error) {
    return pageAnswer(error);
  }
}

function routeAnswer(status: number): Answer | string {
  if (status < 300) return "ok";
  if (status === 401) return "signIn";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status < 400) return "redirect";
  return `status ${status}`;
}

const ACTION_REFUSALS: Record<string, Answer> = {
  "errors.signedOut": "signIn",
  "errors.forbidden": "forbidden",
  "errors.notFound": "notFound",
};

type AnyAction = (...args: unknown[]) => Promise<unknown>;

/** Called without input: a wrapper that lets the caller through answers with the validation refusal. */
async function actionAnswer(fn: AnyAction, args: unknown[]): Promise<Answer | string> {
  let result: { ok?: boolean; formError?: string } | undefined;
  try {
    result = (await fn(...args)) as typeof result;
  } catch (error) {
    return pageAnswer(error);
  }
  if (result?.formError && ACTION_REFUSALS[result.formError]) return ACTION_REFUSALS[result.formError];
  if (result?.ok === false) return "ok";
  return `answered ${JSON.stringify(result)}`;
}

/** Row counts and the latest updatedAt of every table: a refusal must leave all of them as they were. */
async function snapshot(): Promise<Record<string, string>> {
  const { db } = await import("@/lib/db");
  const tables = await db.$queryRaw<{ table: string; hasUpdatedAt: boolean }[]>`
    SELECT c.relname AS table,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'updatedAt' AND NOT a.attisdropped) AS "hasUpdatedAt"
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`;
  const result: Record<string, string> = {};
  for (const { table, hasUpdatedAt } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint; latest: Date | null }[]>(
      `SELECT count(*) AS n, ${hasUpdatedAt ? `max("updatedAt")` : "NULL"} AS latest FROM "${table}"`,
    );
    result[table] = `${row.n} ${row.latest?.toISOString() ?? ""}`;
  }
  return result;
}

beforeAll(async () => {
  const { db } = await import("@/lib/db");
  a = await createTestTenant("mxa");
  b = await createTestTenant("mxb");
  const newcomer = await createUser();
  const admin = await db.user.create({
    data: { email: `plateforme-${a.tenant.slug}@exemple.test`, isPlatformAdmin: true },
    select: { id: true, email: true },
  });
  // The newcomer's request, written directly (a short statement: the intake's own transaction is tested
  // elsewhere, and on a loaded machine it can outlast the transaction timeout in a beforeAll).
  const { token: trackingToken, ...request } = await createTestRequest(a.tenant.id, {
    reference: "MX-2026-0001",
    email: newcomer.email,
    practiceArea: "Morlaix",
    desiredArrivalDate: null,
    submitterIpHash: "matrix",
    needs: {},
  });
  const event = await createTestEvent(a.tenant.id);
  const partner = await createTestPartner(a.tenant.id);
  const offer = await createTestOffer(a.tenant.id, partner.id);
  const tenantRows = await networkHousingAndFollowUpRows(request.id);
  ids = {
    ...tenantRows,
    eventId: event.id,
    requestId: request.id,
    membershipId: a.member.membershipId,
    partnerId: partner.id,
    offerId: offer.id,
    trackingToken,
    unknownToken: "x".repeat(43),
  };
  people = {
    memberA: a.member,
    staffA: a.staff,
    coordinatorA: a.coordinator,
    staffB: b.staff,
    memberB: b.member,
    newcomer,
    platformAdmin: { ...admin, isPlatformAdmin: true },
  };
});

/** Tenant A's rows of the network, housing, follow-up and email change, around the newcomer's request. */
async function networkHousingAndFollowUpRows(requestId: string) {
  const { db } = await import("@/lib/db");
  const { fileStore } = await import("@/lib/files/store");
  const { hashLinkToken, newLinkToken } = await import("@/lib/tokens");
  const tenantId = a.tenant.id;
  const inTwoWeeks = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  const actor = await db.networkActor.create({
    data: { tenantId, name: "Agence du port", category: "ESTATE_AGENCY" },
  });
  const contact = await db.networkContact.create({ data: { tenantId, actorId: actor.id, name: "Claire Agence" } });
  const aid = await db.installationAid.create({ data: { tenantId, name: "Prime d'installation", funder: "REGION" } });
  const need = await db.requestNeed.create({ data: { tenantId, requestId, type: "TEMPORARY_HOUSING" } });
  const referralToken = newLinkToken();
  const referral = await db.referral.create({
    data: {
      tenantId,
      requestId,
      needId: need.id,
      actorId: actor.id,
      contactId: contact.id,
      status: "CONTACTED",
      consent: "ACCEPTED",
      consentAt: new Date(),
      contactedAt: new Date(),
      sharedDetails: {
        firstName: "Camille",
        lastName: "Martin",
        profession: "SAGE_FEMME",
        arrivalDate: null,
        needType: "TEMPORARY_HOUSING",
        needDetails: {},
      },
      actorTokenHash: hashLinkToken(referralToken),
      actorTokenExpiresAt: inTwoWeeks,
    },
  });
  const unit = await db.housingUnit.create({
    data: { tenantId, name: "Studio du port", commune: "Morlaix", kind: "STUDIO" },
  });
  const booking = await db.housingBooking.create({
    data: {
      tenantId,
      unitId: unit.id,
      requestId,
      arrival: new Date("2027-03-01"),
      departure: new Date("2027-03-15"),
      audience: "NEWCOMERS",
      status: "OPTION",
      optionExpiresAt: inTwoWeeks,
    },
  });
  const fileKey = await fileStore().put(tenantId, { bytes: new Uint8Array([1, 2, 3]), contentType: "image/webp" });
  const photo = await db.housingPhoto.create({ data: { tenantId, unitId: unit.id, fileKey, width: 1, height: 1 } });
  const checkInToken = newLinkToken();
  const checkIn = await db.followUpCheckIn.create({
    data: { tenantId, requestId, milestone: 3, tokenHash: hashLinkToken(checkInToken), expiresAt: inTwoWeeks },
  });
  const task = await db.followUpTask.create({
    data: { tenantId, requestId, checkInId: checkIn.id, dueDate: new Date("2027-03-20") },
  });
  const emailChangeToken = newLinkToken();
  await db.requestEmailChange.create({
    data: {
      tenantId,
      requestId,
      newEmail: "camille.nouvelle@exemple.test",
      tokenHash: hashLinkToken(emailChangeToken),
      expiresAt: inTwoWeeks,
    },
  });
  return {
    actorId: actor.id,
    contactId: contact.id,
    aidId: aid.id,
    needId: need.id,
    referralId: referral.id,
    unitId: unit.id,
    bookingId: booking.id,
    photoId: photo.id,
    taskId: task.id,
    checkInToken,
    referralToken,
    indicatorFile: "funnel.csv",
    emailChangeToken,
  };
}

describe("the route × role matrix", () => {
  it("has an entry for every page, route handler and server action, and none for what no longer exists", async () => {
    const { actionKindOf } = await import("@/lib/actions/kinds");
    const keys = [
      ...pages.map((f) => `page ${urlOf(f)}`),
      ...routes.flatMap((f) => {
        const source = readFileSync(path.join(root, f), "utf8");
        const methods = [
          ...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g),
        ].map((m) => m[1]);
        const reexported =
          source
            .match(/export const \{ ([A-Z, ]+) \}/)?.[1]
            .split(",")
            .map((s) => s.trim()) ?? [];
        return [...methods, ...reexported].map((method) => `route ${method} ${urlOf(f)}`);
      }),
    ];
    for (const file of serverModules) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod))
        if (typeof value === "function") keys.push(`action ${file}#${name}`);
      // Every exported action is built by a wrapper.
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "function" || actionKindOf(value)) continue;
        expect.soft(UNWRAPPED, `${file}#${name} is not built with a wrapper`).toContain(`${file}#${name}`);
      }
    }
    expect(
      keys.filter((k) => !entries.has(k)),
      "no entry in tests/integration/matrix/access.ts",
    ).toEqual([]);
    expect(
      [...entries.keys()].filter((k) => !keys.includes(k)),
      "entries of nothing",
    ).toEqual([]);
  });

  it("pages answer each caller as the matrix says", async () => {
    const wrong: string[] = [];
    for (const file of pages) {
      const key = `page ${urlOf(file)}`;
      if (!entries.has(key)) continue;
      const want = expected(key);
      for (const caller of CALLERS) {
        if (want[caller] === "skip") continue;
        actAsCaller(caller);
        const got = await callPage(file);
        if (got !== want[caller]) wrong.push(`${key} as ${caller}: ${got}, expected ${want[caller]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("route handlers answer each caller as the matrix says", async () => {
    const wrong: string[] = [];
    for (const key of entries.keys()) {
      const match = key.match(/^route (\w+) (.+)$/);
      if (!match) continue;
      const [, method, url] = match;
      const want = expected(key);
      const file = routes.find((f) => urlOf(f) === url);
      if (!file) continue;
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<
        string,
        (r: Request, c: { params: Promise<object> }) => Promise<Response>
      >;
      for (const caller of CALLERS) {
        if (want[caller] === "skip") continue;
        actAsCaller(caller);
        const response = await mod[method](new Request(`http://127.0.0.1${url}`, { method }), {
          params: Promise.resolve(paramsFor(url)),
        });
        const got = routeAnswer(response.status);
        if (got !== want[caller]) wrong.push(`${key} as ${caller}: ${got}, expected ${want[caller]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("server actions let through or refuse each caller as the matrix says, and refusals change nothing", async () => {
    const wrong: string[] = [];
    // Every id field name the actions use, filled with tenant A's rows (tokens excepted: see access.ts).
    const realIds = { ...ids, token: ids.unknownToken, id: ids.requestId };
    for (const file of serverModules) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, AnyAction>;
      for (const [name, fn] of Object.entries(mod)) {
        const key = `action ${file}#${name}`;
        if (typeof fn !== "function" || !entries.has(key)) continue;
        const want = expected(key);
        // Tenant and public tenant actions take the slug of the path first.
        const takesSlug =
          fn.length >= 2 ||
          ["tenant", "publicTenant"].includes(String((await import("@/lib/actions/kinds")).actionKindOf(fn)));
        // Nothing below may write: callers let through get no input, refused callers get real ids.
        const before = await snapshot();
        for (const caller of CALLERS) {
          if (want[caller] === "skip") continue;
          actAsCaller(caller);
          const got = await actionAnswer(fn, takesSlug ? [a.tenant.slug, undefined] : [undefined]);
          if (got !== want[caller]) wrong.push(`${key} as ${caller}: ${got}, expected ${want[caller]}`);
          // A refused caller with tenant A's real ids: the same refusal.
          if (want[caller] !== "ok") {
            const again = await actionAnswer(fn, takesSlug ? [a.tenant.slug, realIds] : [realIds]);
            if (again !== want[caller])
              wrong.push(`${key} as ${caller} with real ids: ${again}, expected ${want[caller]}`);
          }
        }
        expect(await snapshot(), `${key}: a refusal changed the database`).toEqual(before);
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000); // every action as every caller, with a snapshot of every table: ~12 s alone, more under load
});

/** Exports not built with a wrapper: none (tests/integration/action-wrappers.int.test.ts checks it too). */
const UNWRAPPED: string[] = [];
