// Child processes of the benchmark: builds and production servers, their output kept in log files.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

export function runNextBuild(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build", dir], {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build ${dir}: exit ${code}`))));
  });
}

// What the app's build is made of; scripts/ and tests/ are not part of it.
const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = [
  "prisma/schema.prisma",
  "next.config.ts",
  "package-lock.json",
  "proxy.ts",
  "middleware.ts",
  "tsconfig.json",
  "postcss.config.mjs",
];

async function newestMtime(file: string): Promise<number> {
  const info = await stat(file).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  if (path.basename(file) === "generated") return 0;
  let newest = 0;
  for (const entry of await readdir(file)) newest = Math.max(newest, await newestMtime(path.join(file, entry)));
  return newest;
}

/** Builds the app (`npm run build`) when .next is missing or older than a source file. */
export async function ensureAppBuild(root: string): Promise<void> {
  const built = (await stat(path.join(root, ".next", "BUILD_ID")).catch(() => null))?.mtimeMs ?? 0;
  let newest = 0;
  for (const name of [...SOURCE_DIRS, ...SOURCE_FILES])
    newest = Math.max(newest, await newestMtime(path.join(root, name)));
  if (built > newest) return;
  console.log(built ? "Le build est plus ancien que les sources : reconstruction…" : "Pas de build : construction…");
  const outcome = spawnSync("npm", ["run", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (outcome.status !== 0) throw new Error("npm run build a échoué");
}

export type RunningServer = { url: string; stop: () => Promise<void> };

async function waitForHttp(url: string, child: { exitCode: number | null }, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Le serveur s'est arrêté (voir ${logFile})`);
    const ok = await fetch(url, { redirect: "manual" }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Le serveur ne répond pas sur ${url} (voir ${logFile})`);
}

/** `next start` of a built folder on 127.0.0.1, output to a log file. */
export async function startNextServer(
  dir: string,
  port: number,
  env: Record<string, string>,
  logFile: string,
): Promise<RunningServer> {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [nextBin, "start", dir, "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    log.end();
  };
  try {
    await waitForHttp(url, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
