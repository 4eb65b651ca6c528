import { Logger, run, runOnce, type Runner } from "graphile-worker";

import { crontab, taskList } from "./tasks";

// Quiet by default: job failures are recorded on the rows they concern (e.g. OutboundEmail.lastError).
const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`[tâches] ${message}`);
});

export async function startJobRunner(connectionString: string): Promise<Runner> {
  return run({
    connectionString,
    concurrency: 2,
    pollInterval: 1000,
    noHandleSignals: true,
    logger,
    taskList,
    crontab,
  });
}

/** Processes every job that is due, then returns: for tests and scripts. */
export async function runJobsOnce(connectionString: string): Promise<void> {
  await runOnce({ connectionString, logger, taskList });
}
