import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { resetEnvCache } from "@/lib/env";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { migrateJobSchema } from "@/lib/jobs/schema";
import { startMailCatcher } from "@/lib/mail/catcher";

import { allowConsoleErrors } from "../helpers/fail-on-console-error";
import { waitFor } from "./support/children";
import { asCurrentUser, createTestTenant, type TestTenant } from "./support/factories";
import { freePort } from "./support/ports";

// This file stops and restarts its own PostgreSQL (the shared one serves the other files).
// The scenario is a 30-second outage; 3 seconds exercise the same paths and keep the suite fast.
const OUTAGE_MS = 3_000;

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { inviteMemberAction: inviteMember } = await import("@/lib/invitations/actions");
const { proxy } = await import("../../proxy");
const health = await import("../../app/api/health/route");
const ready = await import("../../app/api/ready/route");

let root: string;
let pgOptions: Parameters<typeof startEmbeddedPostgres>[0];
let pg: RunningPostgres;
let tenant: TestTenant;
let runner: JobRunner;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "conciergerie-outage-"));
  pgOptions = { dataDir: path.join(root, "pg"), port: await freePort(), persistent: true, fast: true };
  pg = await startEmbeddedPostgres(pgOptions);
  await applyMigrations(pg.url);
  await migrateJobSchema(pg.url);
  const smtpPort = await freePort();
  catcher = await startMailCatcher({ smtpPort, httpPort: await freePort() });
  // The app and its jobs connect as the app's role, as in production (migrations above ran as the owner).
  Object.assign(process.env, { DATABASE_URL: pg.appUrl, SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtpPort) });
  resetEnvCache();
  tenant = await createTestTenant("outage");
  currentUser = asCurrentUser(tenant.coordinator);
  runner = await startJobRunner(pg.appUrl, { deadAfterSeconds: 3 });
});

afterAll(async () => {
  await runner?.stop({ timeoutMs: 2_000 });
  await db.$disconnect().catch(() => undefined);
  await catcher?.stop();
  await pg?.stop();
  await rm(root, { recursive: true, force: true });
});

type Attempt = { email: string; result: Awaited<ReturnType<typeof inviteMember>> };

/** Invitations sent one after another (each one transaction: invitation, audit row, outbox email, job). */
function load(label: string) {
  const attempts: Attempt[] = [];
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const email = `${label}-${i}@outage.test`;
      attempts.push({ email, result: await inviteMember(tenant.tenant.slug, { email, role: "MEMBER" }) });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return { attempts, stop: () => ((running = false), done) };
}

const page = (pathname: string) => proxy(new NextRequest(`http://127.0.0.1${pathname}`));
const since = (start: number) => Date.now() - start;

describe("the database goes away under load", () => {
  it("answers 503 and form errors during the outage, writes nothing by halves, recovers without restart", async () => {
    // graphile-worker prints a stack (console.trace) for each worker it loses to the outage; ours must not.
    allowConsoleErrors();
    const loads = [load("a"), load("b")];
    await waitFor(() => loads.every((l) => l.attempts.some((a) => a.result.ok)), 10_000);
    expect((await page(`/${tenant.tenant.slug}/admin`)).headers.get("x-middleware-next")).toBe("1");

    await pg.stop();
    const outageStart = Date.now();
    await waitFor(async () => (await page(`/${tenant.tenant.slug}/admin`)).status === 503, 3_000);
    const unavailable = await page(`/${tenant.tenant.slug}/installation`);
    expect(unavailable.status).toBe(503);
    const html = await unavailable.text();
    expect(html).toContain("Service momentanément indisponible");
    expect(html).toContain("Service temporarily unavailable");
    expect(html).not.toMatch(/at .*\.(ts|js):\d+|Error:/);
    expect((await ready.GET()).status).toBe(503);
    expect(health.GET().status).toBe(200);
    const during = await inviteMember(tenant.tenant.slug, { email: "pendant@outage.test", role: "MEMBER" });
    expect(during).toEqual({ ok: false, formError: "errors.unavailable" });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - since(outageStart))));

    pg = await startEmbeddedPostgres(pgOptions);
    const back = Date.now();
    await waitFor(async () => (await page(`/${tenant.tenant.slug}/admin`)).status !== 503, 5_000);
    const probe = await inviteMember(tenant.tenant.slug, { email: "apres@outage.test", role: "MEMBER" });
    expect(probe.ok).toBe(true);
    expect(since(back)).toBeLessThan(5_000);
    expect((await ready.GET()).status).toBe(200);
    await Promise.all(loads.map((l) => l.stop()));
    const outcomes = loads.flatMap((l) => l.attempts);

    // Every refusal said "try again shortly", never "unexpected error".
    const failures = outcomes.filter((a) => !a.result.ok);
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures.map((a) => !a.result.ok && a.result.formError))).toEqual(new Set(["errors.unavailable"]));

    // Nothing by halves: an accepted invitation has its email; a refused one left no trace.
    const accepted = outcomes.filter((a) => a.result.ok).map((a) => a.email);
    const refused = failures.map((a) => a.email);
    const invited = await db.invitation.findMany({ where: { email: { endsWith: "@outage.test" } } });
    const emails = await db.outboundEmail.findMany({ where: { to: { endsWith: "@outage.test" } } });
    expect(invited.map((i) => i.email).sort()).toEqual([...accepted, "apres@outage.test"].sort());
    expect(emails.map((e) => e.to).sort()).toEqual([...accepted, "apres@outage.test"].sort());
    expect(refused.every((email) => !invited.some((i) => i.email === email))).toBe(true);

    const logged = vi.mocked(console.error).mock.calls.map((args) => args.map(String).join(" "));
    expect(logged.filter((line) => !line.startsWith("Trace: "))).toEqual([]);

    // The job runner reconnected by itself: every email of an accepted invitation leaves, once.
    await waitFor(
      async () => (await db.outboundEmail.count({ where: { status: { not: "SENT" } } })) === 0,
      20_000,
      200,
    );
    const delivered = catcher.messages().flatMap((m) => m.to);
    for (const email of [...accepted, "apres@outage.test"]) expect(delivered).toContain(email);
  });
});
