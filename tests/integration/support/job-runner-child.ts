// A job runner in its own process, for tests that crash it (SIGKILL) or stop it (SIGTERM).
// Reads DATABASE_URL, SMTP_PORT and JOB_RUNNER_DEAD_AFTER_SECONDS from its environment.
import { requireDatabaseUrl } from "@/lib/env";
import { startJobRunner } from "@/lib/jobs/runner";

const runner = await startJobRunner(requireDatabaseUrl());
process.once("SIGTERM", () => {
  void runner.stop().then(() => process.exit(0));
});
process.stdout.write("ready\n");
