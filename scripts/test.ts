// `npm test`: every suite, in order, continuing after a failure so the report is complete.
// The last line of output is the totals, alone on its line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type SuiteResult = { name: string; passed: number; failed: number; seconds: number };
const results: SuiteResult[] = [];
const reports = path.resolve("test-results");
const bin = (name: string) => path.resolve("node_modules/.bin", name);

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const outcome = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return outcome.status === 0;
}

function timed<T>(fn: () => T): [T, number] {
  const started = Date.now();
  const value = fn();
  return [value, (Date.now() - started) / 1000];
}

function step(name: string, command: string, args: string[], env?: Record<string, string>): boolean {
  console.log(`\n=== ${name} ===`);
  const [ok, seconds] = timed(() => run(command, args, env));
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function ensureChromium(): boolean {
  if (existsSync("/usr/bin/chromium")) return true;
  if (process.getuid?.() === 0) {
    console.log("Chromium absent : installation du paquet Debian `chromium`…");
    if (run("bash", ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"]))
      return true;
  }
  console.error(
    "Chromium est nécessaire aux tests de bout en bout. Installez-le avec :\n  sudo apt-get install -y chromium",
  );
  return false;
}

mkdirSync(reports, { recursive: true });

step("Prisma client", process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "generate"]);
const chromiumReady = ensureChromium();
step("Types (tsc)", process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."]);
step("Format (prettier)", process.execPath, [path.resolve("node_modules/prettier/bin/prettier.cjs"), "--check", "."]);
step("Lint (eslint)", bin("eslint"), ["-c", "scripts/eslint.config.mjs", "--max-warnings=0", "."]);

{
  console.log("\n=== Unit and integration tests (vitest) ===");
  const report = path.join(reports, "vitest.json");
  rmSync(report, { force: true });
  const [, seconds] = timed(() =>
    run(bin("vitest"), [
      "run",
      "--config",
      "tests/vitest.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${report}`,
    ]),
  );
  const json = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    testResults: { status: string }[];
  }>(report);
  const crashedFiles = json?.testResults.filter((f) => f.status === "failed").length ?? 0;
  results.push({
    name: "Vitest (unit + integration)",
    passed: json?.numPassedTests ?? 0,
    // A file that fails to load reports no test: count it as a failure.
    failed: json ? Math.max(json.numFailedTests, crashedFiles) : 1,
    seconds,
  });
}

const built = step(
  "Production build (next build)",
  process.execPath,
  [path.resolve("node_modules/next/dist/bin/next"), "build"],
  { NODE_ENV: "production" },
);

if (built && chromiumReady) {
  console.log("\n=== End-to-end tests (Playwright, chromium) ===");
  const report = path.join(reports, "e2e.json");
  const [, seconds] = timed(() => run(bin("playwright"), ["test", "--config", "tests/playwright.config.ts"]));
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
  results.push({
    name: "Playwright (end-to-end)",
    passed: json ? json.stats.expected : 0,
    failed: json ? json.stats.unexpected + json.stats.flaky : 1,
    seconds,
  });
} else {
  results.push({ name: "Playwright (end-to-end)", passed: 0, failed: 1, seconds: 0 });
  console.error(
    built
      ? "Tests de bout en bout non lancés : chromium manquant."
      : "Tests de bout en bout non lancés : le build a échoué.",
  );
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("\n=== Summary ===");
for (const r of results) {
  console.log(
    `${r.failed ? "FAIL" : "ok  "}  ${r.name.padEnd(32)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(0)} s`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
