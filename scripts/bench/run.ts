// `npm run bench [-- --quick]`: the whole measuring ladder of issue 11 in one run (see README, "Performance").
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";

import { freePort } from "../../tests/integration/support/ports";
import { appEnv, Lifecycle } from "../lib/launch";
import { checkBudgets } from "./budgets";
import {
  analyze,
  countStatements,
  growthTenant,
  requestFixture,
  seed,
  sessionCookie,
  startBenchDatabase,
  statementLog,
} from "./database";
import { startL1Server } from "./l1-server";
import { runLighthouse } from "./lighthouse";
import { fetchTimed, measure, type LoadOptions } from "./load";
import { benchPages, BIG_TENANT, firstLoadJsGzip, type PageSpec, type Visitor } from "./pages";
import { ensureAppBuild, startNextServer } from "./processes";
import { ensureReferenceApp, REFERENCE_PATHS } from "./reference-app";
import { budgetTable, markdownTable } from "./report";
import { median } from "./stats";
import type { BenchResults, Growth, LighthouseResult, PageResult, Rung } from "./types";

const root = process.cwd();
const quick = process.argv.includes("--quick");
// Lighthouse takes about half a minute per page: full runs only, unless asked for with --lighthouse.
const withLighthouse = !quick || process.argv.includes("--lighthouse");
// Seeding the two growth tenants (51,000 requests) takes minutes: full runs only, unless asked for with --growth.
const withGrowth = !quick || process.argv.includes("--growth");
const out = path.join(root, "bench-results");
const settings = quick
  ? { connections: 20, seconds: 3, l1Seconds: 1, tenants: 5 }
  : { connections: 20, seconds: 10, l1Seconds: 3, tenants: 50 };
const SQL_SAMPLES = 5;
const GROWTH = { small: 1_000, large: 50_000 };
const FIRST_LOAD = { slug: "bench-first-load", requests: 5_000 };

const nextVersion = (
  JSON.parse(await readFile(path.join(root, "node_modules/next/package.json"), "utf8")) as { version: string }
).version;
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? "unknown",
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.versions.node,
  loadAverage: loadavg(),
};
const load = (options: Partial<LoadOptions> = {}): LoadOptions => ({
  connections: settings.connections,
  seconds: settings.seconds,
  ...options,
});
const step = (text: string) => console.log(`\n— ${text}`);

await mkdir(out, { recursive: true });
step("Builds");
await ensureAppBuild(root);
await ensureReferenceApp(path.join(out, "reference-app"), nextVersion);

const life = new Lifecycle();
const work = await mkdtemp(path.join(tmpdir(), "conciergerie-bench-"));
life.add("le dossier temporaire", () => rm(work, { recursive: true, force: true }));

try {
  step(`PostgreSQL and the scale seed (${settings.tenants} CPTS)`);
  const database = await startBenchDatabase(path.join(work, "pg"), await freePort(), path.join(out, "postgres.log"));
  life.add("PostgreSQL", database.stop);
  await seed(database.url, settings.tenants);
  if (withGrowth) {
    await growthTenant(database.url, "bench-grow-small", GROWTH.small);
    await growthTenant(database.url, "bench-grow-large", GROWTH.large);
    await analyze(database.url);
  }
  const fixture = await requestFixture(database.url, BIG_TENANT);
  const cookies: Record<Visitor, string> = {
    anonymous: "",
    staff: await sessionCookie(database.url, `p0@${BIG_TENANT}.bench.test`),
    member: await sessionCookie(database.url, `p3@${BIG_TENANT}.bench.test`),
  };
  const headersFor = (visitor: Visitor): Record<string, string> =>
    cookies[visitor] ? { cookie: cookies[visitor] } : {};

  step("Production server (JOB_RUNNER=off)");
  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}`;
  const app = await startNextServer(
    root,
    appPort,
    appEnv(database.url, appUrl, {
      AUTH_SECRET: "bench-secret-0123456789abcdef",
      NODE_ENV: "production",
      JOB_RUNNER: "off",
      BENCH_SHELL: "on",
    }),
    path.join(out, "app-server.log"),
  );
  life.add("Next.js", app.stop);

  step("Each page: status, HTML, scripts, SQL statements");
  const pages = benchPages({ requestId: fixture.id, token: fixture.token });
  const probes = new Map<string, { status: number; html: string; js: number; sql: number | null }>();
  for (const page of pages) {
    const url = appUrl + page.path;
    await fetchTimed(url, headersFor(page.visitor));
    const probe = await fetchTimed(url, headersFor(page.visitor));
    probes.set(page.id, {
      status: probe.status,
      html: probe.body,
      js: await firstLoadJsGzip(appUrl, probe.body),
      sql: null,
    });
  }
  await statementLog.on(database.serverUrl);
  for (const page of pages) {
    // One count per request, the median kept: the proxy's database probe (at most once a second, whatever
    // the traffic) lands in some of them and is not a cost of the page.
    const counts: number[] = [];
    for (let i = 0; i < SQL_SAMPLES; i++) {
      counts.push(
        await countStatements(database, page.id, () =>
          fetchTimed(appUrl + page.path, headersFor(page.visitor)).then(() => undefined),
        ),
      );
    }
    probes.get(page.id)!.sql = median(counts);
  }
  await statementLog.off(database.serverUrl);
  for (const page of pages) {
    const p = probes.get(page.id)!;
    console.log(
      `  ${page.id.padEnd(16)} HTTP ${p.status}  ${(p.html.length / 1024).toFixed(1)} KB  JS ${(p.js / 1024).toFixed(0)} KB gzip  SQL ${p.sql?.toFixed(1)}`,
    );
  }

  // First request after a bulk load, on a running server already warm on every page: a new CPTS of 5,000
  // requests (with their needs) written in bulk, analysed as the seed and the imports do, then its list.
  // (Measured on bench-001 right after the seed, the first request also paid for Next's first render of
  // a long list on that server, ≈ 20 ms of Node with ≈ 4 ms of SQL either way: not what the budget is about.)
  step("First request after a bulk load");
  await growthTenant(database.url, FIRST_LOAD.slug, FIRST_LOAD.requests);
  await analyze(database.url);
  const loaded = await sessionCookie(database.url, `p0@${FIRST_LOAD.slug}.bench.test`);
  const listUrl = `${appUrl}/${FIRST_LOAD.slug}/admin/requests`;
  const first = await fetchTimed(listUrl, { cookie: loaded });
  const following: number[] = [];
  for (let i = 0; i < 5; i++) following.push((await fetchTimed(listUrl, { cookie: loaded })).ms);
  const firstRequest = {
    path: `/${FIRST_LOAD.slug}/admin/requests`,
    firstMs: first.ms,
    followingMedianMs: median(following),
  };
  console.log(`  ${Math.round(first.ms)} ms, then ${following.map(Math.round).join(", ")} ms`);

  step("Rungs: node:http (L1), Next static file (L2), reference app");
  const l1 = await startL1Server(await freePort());
  life.add("le serveur L1", l1.stop);
  const rungs: Rung[] = [];
  rungs.push({
    id: "l1-ok",
    kind: "l1",
    label: "L1: node:http, a two-byte answer",
    bytes: 2,
    load: await measure(`${l1.url}/ok`, load()),
  });
  const staticFile = await smallStaticFile(path.join(root, ".next", "static"));
  const staticBody = await readFile(staticFile.file);
  l1.set("/static", staticBody, "application/javascript");
  rungs.push({
    id: "l1-static",
    kind: "l1",
    label: `L1: node:http, the ${staticBody.length}-byte file of L2`,
    bytes: staticBody.length,
    load: await measure(`${l1.url}/static`, load()),
  });
  rungs.push({
    id: "l2",
    kind: "l2",
    label: `L2: Next serving a ${staticBody.length}-byte static file of the build`,
    bytes: staticBody.length,
    load: await measure(appUrl + staticFile.urlPath, load()),
  });
  const refPort = await freePort();
  const reference = await startNextServer(
    path.join(out, "reference-app"),
    refPort,
    { NODE_ENV: "production" },
    path.join(out, "reference-server.log"),
  );
  for (const [id, urlPath, label] of [
    ["reference-static", REFERENCE_PATHS.static, "prerendered page"],
    ["reference-dynamic", REFERENCE_PATHS.dynamic, "dynamic page (50-row table, no database)"],
  ] as const) {
    const url = reference.url + urlPath;
    await measure(url, load({ seconds: 1 }));
    const html = (await fetchTimed(url)).body;
    rungs.push({
      id,
      kind: "reference",
      label: `reference: minimal Next ${nextVersion} app, ${label}`,
      bytes: html.length,
      load: await measure(url, load()),
      firstLoadJsGzip: await firstLoadJsGzip(reference.url, html),
    });
  }
  await reference.stop();

  step("Pages under load");
  const results: PageResult[] = [];
  for (const page of pages) {
    const probe = probes.get(page.id)!;
    l1.set(`/page/${page.id}`, probe.html);
    const l1Load = await measure(`${l1.url}/page/${page.id}`, load({ seconds: settings.l1Seconds }));
    const pageLoad = await measure(appUrl + page.path, load({ headers: headersFor(page.visitor) }));
    console.log(
      `  ${page.id.padEnd(16)} ${pageLoad.rps.toFixed(0)} req/s  p50 ${pageLoad.p50} ms  p99 ${pageLoad.p99} ms  (L1 ${l1Load.rps.toFixed(0)})`,
    );
    results.push(pageResult(page, probe, l1Load, pageLoad));
  }

  let growth: Growth | null = null;
  if (withGrowth) {
    step("Growth: the staff list with 1,000 and 50,000 requests");
    const p50 = async (slug: string) => {
      const headers = { cookie: await sessionCookie(database.url, `p0@${slug}.bench.test`) };
      const url = `${appUrl}/${slug}/admin/requests`;
      for (let i = 0; i < 3; i++) await fetchTimed(url, headers);
      return (await measure(url, load({ headers }))).p50;
    };
    growth = {
      smallRequests: GROWTH.small,
      largeRequests: GROWTH.large,
      smallP50: await p50("bench-grow-small"),
      largeP50: await p50("bench-grow-large"),
    };
  }

  let lighthouse: LighthouseResult[] | null = null;
  if (withLighthouse) {
    step("Lighthouse (mobile) on the public pages");
    lighthouse = await runLighthouse(
      appUrl,
      pages.filter((p) => p.group === "public").map(({ id, label, path }) => ({ id, label, path })),
    );
  }

  const bench: BenchResults = {
    version: 1,
    date: new Date().toISOString(),
    quick,
    machine,
    settings,
    next: nextVersion,
    rungs,
    pages: results,
    firstRequest,
    growth,
    lighthouse,
  };
  const stamp = bench.date.replace(/[:.]/g, "-");
  const table = markdownTable(bench);
  const budgets = budgetTable(checkBudgets(bench));
  await writeFile(path.join(out, "latest.json"), JSON.stringify(bench, null, 2));
  await writeFile(path.join(out, `bench-${stamp}.json`), JSON.stringify(bench, null, 2));
  await writeFile(path.join(out, "latest.md"), `${table}\n\n${budgets}\n`);
  console.log(
    `\n${table}\n\n${budgets}\n\nÉcrit : bench-results/latest.json, bench-results/latest.md (npm run bench:check)`,
  );
  await life.shutdown(0);
} catch (error) {
  console.error(error);
  await life.shutdown(1);
}

function pageResult(
  page: PageSpec,
  probe: { status: number; html: string; js: number; sql: number | null },
  l1Load: PageResult["l1"],
  pageLoad: PageResult["load"],
): PageResult {
  return {
    id: page.id,
    label: page.label,
    path: page.path.replace(/\/track\/[^/]+$/, "/track/{token}").replace(/requests\/[0-9a-f-]{36}$/, "requests/{id}"),
    group: page.group,
    status: probe.status,
    htmlBytes: Buffer.byteLength(probe.html),
    firstLoadJsGzip: probe.js,
    sqlPerRequest: probe.sql,
    l1: l1Load,
    load: pageLoad,
  };
}

/** A small file of the build (close to 1 KB), and its address under /_next/static. */
async function smallStaticFile(dir: string): Promise<{ file: string; urlPath: string }> {
  const candidates: { file: string; size: number }[] = [];
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith(".js")) candidates.push({ file: full, size: (await stat(full)).size });
    }
  };
  await walk(dir);
  const chosen = candidates
    .filter((c) => c.size >= 500)
    .sort((a, b) => Math.abs(a.size - 1000) - Math.abs(b.size - 1000))[0];
  if (!chosen) throw new Error("Aucun fichier statique dans .next/static");
  return { file: chosen.file, urlPath: `/_next/static/${path.relative(dir, chosen.file).split(path.sep).join("/")}` };
}
