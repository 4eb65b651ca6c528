import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";
import pg from "pg";

import { intakeInput } from "../integration/support/intake";
import { freePort } from "../integration/support/ports";
import { E2E } from "./helpers/ports";
import { callAction, serverActionId, startApp, startPostgres, startRelay, type Child } from "./helpers/stack";

// Each test runs its own instance of `npm start` (scripts/start.ts) on the production build, beside the
// shared e2e server, so it can take the database away or stop the whole app. `test` comes from Playwright
// itself, not ./fixtures: the browser reports the 503 answer, the subject of this spec, as a console error;
// page errors are checked here instead.
test.describe.configure({ mode: "serial", timeout: 120_000 });

let root: string;
test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "conciergerie-resilience-"));
});
test.afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function createTenant(url: string, slug: string) {
  await sql(
    url,
    `INSERT INTO "Tenant" (id, slug, name, region, "contactEmail", "updatedAt") VALUES ($1, $1, 'CPTS Résilience', 'Bretagne', 'c@exemple.test', now())`,
    [slug],
  );
}

test("the database goes away: 503 pages in French and English, then recovery without restart", async ({ page }) => {
  const database = await startPostgres(path.join(root, "pg-outage"), await freePort(), false);
  const relayPort = await freePort();
  const relay = await startRelay(Number(new URL(database.url).port), relayPort);
  const viaRelay = new URL(database.url);
  viaRelay.port = String(relayPort);
  const appPort = await freePort();
  const app = await startApp(appPort, { DATABASE_URL: viaRelay.toString(), JOB_RUNNER: "off" });
  const appUrl = `http://127.0.0.1:${appPort}`;
  try {
    await createTenant(database.url, "cpts-resilience");
    await expect.poll(async () => (await fetch(`${appUrl}/cpts-resilience`)).status).toBe(200);
    expect((await fetch(`${appUrl}/api/ready`)).status).toBe(200);

    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await relay.cut();
    await expect.poll(async () => (await fetch(`${appUrl}/cpts-resilience`)).status, { timeout: 5_000 }).toBe(503);
    const response = await page.goto(`${appUrl}/cpts-resilience/installation`);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1, name: "Service momentanément indisponible" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Service temporarily unavailable" })).toBeVisible();
    expect(await page.content()).not.toMatch(/ECONNREFUSED|at .+:\d+:\d+/);
    expect((await fetch(`${appUrl}/api/health`)).status).toBe(200);
    expect((await fetch(`${appUrl}/api/ready`)).status).toBe(503);

    await relay.restore();
    const back = Date.now();
    await expect.poll(async () => (await fetch(`${appUrl}/cpts-resilience`)).status, { timeout: 5_000 }).toBe(200);
    expect(Date.now() - back).toBeLessThan(5_000);
    await page.goto(`${appUrl}/cpts-resilience/installation`);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Service momentanément indisponible");
    expect((await fetch(`${appUrl}/api/ready`)).status).toBe(200);
    expect(pageErrors).toEqual([]);
  } finally {
    app.process.kill("SIGTERM");
    await app.exited;
    await relay.cut();
    await database.stop();
  }
});

const OK = /^200 [\s\S]*"ok":true/;

test("SIGTERM during a burst of registrations: running ones finish, none half-done, no job locked", async () => {
  const pgDir = path.join(root, "pg-embedded");
  const pgPort = await freePort();
  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}`;
  // Embedded PostgreSQL, started and stopped by the app itself.
  const app: Child = await startApp(appPort, {
    EMBEDDED_PG_DIR: pgDir,
    EMBEDDED_PG_PORT: String(pgPort),
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(E2E.smtpPort),
    SHUTDOWN_TIMEOUT_SECONDS: "15",
    // The burst comes from one machine but plays 31 clients, each with its own X-Forwarded-For:
    // trust one proxy hop so that the intake's per-address limit sees them apart.
    TRUSTED_PROXY_HOPS: "1",
  });
  // The app made the cluster: its owner's random password is in the 0600 file next to the data folder.
  const { owner } = JSON.parse(readFileSync(`${pgDir}.secrets.json`, "utf8")) as { owner: string };
  const dbUrl = `postgresql://postgres:${encodeURIComponent(owner)}@127.0.0.1:${pgPort}/conciergerie`;
  await createTenant(dbUrl, "cpts-sigterm");
  const actionId = serverActionId("lib/requests/intake-actions.ts", "submitInstallationRequestAction");

  const register = (i: number) => {
    const input = intakeInput({ email: `burst-${i}@sigterm.test` });
    const args = ["cpts-sigterm", input];
    return {
      email: input.identity.email,
      outcome: callAction(appUrl, "/cpts-sigterm/installation", actionId, args, `10.0.0.${i}`).then(
        async (r) => ({ text: `${r.status} ${await r.text()}`, at: Date.now() }),
        (error: Error) => ({ text: `refused ${error.message}`, at: Date.now() }),
      ),
    };
  };
  const warm = register(99);
  expect((await warm.outcome).text).toMatch(OK); // the action's code is loaded before the burst

  // Three registrations every 25 ms; SIGTERM in the middle of the burst.
  const sent: ReturnType<typeof register>[] = [];
  let stopAt = 0;
  for (let round = 0; round < 10; round++) {
    if (round === 4) {
      app.process.kill("SIGTERM");
      stopAt = Date.now();
    }
    for (let k = 0; k < 3; k++) sent.push(register(round * 3 + k));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const outcomes = await Promise.all(sent.map((s) => s.outcome));
  expect(await app.exited).toBe(0);
  expect(Date.now() - stopAt).toBeLessThan(30_000);
  // PostgreSQL was stopped cleanly: a server that is still running, or crashed, leaves its pid file.
  expect(existsSync(path.join(pgDir, "postmaster.pid"))).toBe(false);

  // Each registration either went through completely or was refused at the door (the client may retry);
  // none got an error page or a cut answer. Some were still running at the signal, and finished.
  const report = outcomes.map((o, i) => `${i} ${o.at - stopAt} ms ${o.text.slice(0, 40)}`).join("\n");
  for (const o of outcomes) expect(o.text, report).toMatch(/^refused |^200 [\s\S]*"ok":true/);
  expect(outcomes.filter((o) => OK.test(o.text) && o.at > stopAt).length, report).toBeGreaterThan(0);
  const accepted = [warm.email, ...sent.filter((_, i) => OK.test(outcomes[i]!.text)).map((s) => s.email)];

  const database = await startPostgres(pgDir, pgPort, true);
  try {
    const requests = await sql<{ email: string; events: number; emails: number }>(
      database.url,
      `SELECT r.email, (SELECT count(*)::int FROM "RequestEvent" e WHERE e."requestId" = r.id) AS events,
              (SELECT count(*)::int FROM "OutboundEmail" o WHERE o."to" = r.email) AS emails
       FROM "InstallationRequest" r`,
    );
    expect(requests.map((r) => r.email).sort()).toEqual([...accepted].sort());
    for (const r of requests) expect([r.email, r.events > 0, r.emails > 0]).toEqual([r.email, true, true]);
    const [locks] = await sql<{ jobs: number; heartbeats: number }>(
      database.url,
      `SELECT (SELECT count(*)::int FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL) AS jobs,
              (SELECT count(*)::int FROM "JobWorkerHeartbeat") AS heartbeats`,
    );
    expect(locks).toEqual({ jobs: 0, heartbeats: 0 });
  } finally {
    await database.stop();
  }
});
