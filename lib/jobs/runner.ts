import { EventEmitter } from "node:events";

import { Logger, run, runOnce, type Runner, type WorkerEvents, type WorkerPool } from "graphile-worker";
import pg from "pg";

import { getEnv } from "@/lib/env";

import { Heartbeat } from "./heartbeat";
import { crontab, taskList } from "./tasks";

// Quiet by default: job failures are recorded on the rows they concern (e.g. OutboundEmail.lastError).
const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`[tâches] ${message}`);
});

/** Jobs run at once per process: also the most emails a crash can leave sent but not marked SENT. */
export const JOB_CONCURRENCY = 2;

export type JobRunner = {
  /** Stops fetching jobs, waits for the running ones (at most `timeoutMs`, then fails them for a retry). */
  stop: (options?: { timeoutMs?: number }) => Promise<void>;
};

type Current = { runner: Runner; pool: WorkerPool | null; workerIds: Set<string> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * graphile-worker's runner, supervised:
 * - a heartbeat every third of JOB_RUNNER_DEAD_AFTER_SECONDS; once this runner has itself been healthy
 *   that long, it releases the jobs of dead workers (another process that crashed, was killed, or whose
 *   machine rebooted), so they run again within a minute instead of graphile-worker's 4 hours;
 * - when the database goes away, graphile-worker loses the workers that could not record a job's end
 *   ("committing seppuku") and never replaces them: the supervisor then starts a fresh pool, retrying
 *   until the database is back, and releases the jobs the lost workers held.
 */
export async function startJobRunner(
  connectionString: string,
  options: { deadAfterSeconds?: number; concurrency?: number } = {},
): Promise<JobRunner> {
  const deadAfterSeconds = options.deadAfterSeconds ?? getEnv().JOB_RUNNER_DEAD_AFTER_SECONDS;
  const heartbeatPool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 5_000 });
  heartbeatPool.on("error", () => undefined); // a dropped idle connection is replaced on next use
  const heartbeat = new Heartbeat(heartbeatPool, deadAfterSeconds);
  const orphans = new Set<string>(); // our own workers that are gone: safe to release at once
  let current: Current | null = null;
  let stopping = false;
  let restarting: Promise<void> | null = null;
  let healthySince: number | null = null;

  async function launch(): Promise<void> {
    for (let attempt = 0; !stopping; attempt++) {
      const events = new EventEmitter() as WorkerEvents;
      const next: Current = { runner: null as unknown as Runner, pool: null, workerIds: new Set() };
      events.on("pool:create", ({ workerPool }) => (next.pool = workerPool));
      events.on("worker:create", ({ worker }) => next.workerIds.add(worker.workerId));
      events.on("worker:fatalError", ({ worker }) => {
        next.workerIds.delete(worker.workerId);
        orphans.add(worker.workerId);
        if (!stopping) void restart();
      });
      try {
        next.runner = await run({
          connectionString,
          concurrency: options.concurrency ?? JOB_CONCURRENCY,
          pollInterval: 1000,
          noHandleSignals: true,
          logger,
          taskList,
          crontab,
          events,
        });
        current = next;
        const ended = () => void (!stopping && current === next && restart());
        next.runner.promise.then(ended, ended);
        return;
      } catch (error) {
        if (attempt === 0) console.warn(`[tâches] base injoignable, nouvel essai : ${(error as Error).message}`);
        await sleep(Math.min(5_000, 250 * 2 ** attempt));
      }
    }
  }

  async function retire(old: Current, timeoutMs: number): Promise<void> {
    const stopped = old.runner.stop().catch(() => undefined);
    const late = await Promise.race([stopped.then(() => false), sleep(timeoutMs).then(() => true)]);
    // Jobs still running after the limit are failed by graphile-worker: they come back with a retry.
    if (late) await old.pool?.forcefulShutdown("arrêt du traitement des tâches").catch(() => undefined);
    // Once stopped, none of these workers runs anything: their locks can be released without waiting.
    for (const id of old.workerIds) orphans.add(id);
  }

  function restart(): Promise<void> {
    restarting ??= (async () => {
      const old = current;
      current = null;
      if (old) await retire(old, 10_000);
      await launch();
    })().finally(() => (restarting = null));
    return restarting;
  }

  async function tick(): Promise<void> {
    try {
      await heartbeat.beat([...(current?.workerIds ?? [])]);
      const gone = [...orphans];
      await heartbeat.release(gone);
      for (const id of gone) orphans.delete(id); // not clear(): a worker may have been lost meanwhile
      healthySince ??= Date.now();
      // After an outage every runner's heartbeat is stale: wait one full period, during which the live
      // ones beat again, before judging anyone dead.
      if (Date.now() - healthySince >= deadAfterSeconds * 1000) await heartbeat.sweep();
    } catch {
      healthySince = null;
    }
  }

  await launch();
  let ticking: Promise<void> = tick();
  const timer = setInterval(() => (ticking = ticking.then(tick)), (deadAfterSeconds * 1000) / 3);

  return {
    async stop({ timeoutMs = 20_000 } = {}) {
      stopping = true;
      clearInterval(timer);
      await restarting;
      await ticking;
      if (current) await retire(current, timeoutMs);
      current = null;
      await heartbeat.release([...orphans]).catch(() => undefined);
      await heartbeatPool.end().catch(() => undefined);
    },
  };
}

/** Processes every job that is due, then returns: for tests and scripts. */
export async function runJobsOnce(connectionString: string): Promise<void> {
  await runOnce({ connectionString, logger, taskList });
}
