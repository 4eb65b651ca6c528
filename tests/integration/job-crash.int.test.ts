import type { ChildProcess } from "node:child_process";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { JOB_CONCURRENCY } from "@/lib/jobs/runner";
import { startMailCatcher } from "@/lib/mail/catcher";
import { queueTenantEmail } from "@/lib/mail/outbox";

import { startChild, stopChild, waitFor } from "./support/children";
import { freePort } from "./support/ports";

// Small on purpose: a dead worker is noticed after 3 s here (30 s by default in production).
const DEAD_AFTER_SECONDS = 3;
const EMAILS = 120;
const CRASHES = 3;

let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let childEnv: Record<string, string>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  const smtpPort = await freePort();
  catcher = await startMailCatcher({ smtpPort, httpPort: await freePort() });
  childEnv = {
    DATABASE_URL: requireDatabaseUrl(),
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtpPort),
    JOB_RUNNER_DEAD_AFTER_SECONDS: String(DEAD_AFTER_SECONDS),
  };
  await db.$transaction(
    async (tx) => {
      const tenant = await tx.tenant.create({
        data: { slug: "cpts-crash", name: "CPTS Crash", region: "Bretagne", contactEmail: "c@exemple.test" },
      });
      for (let i = 0; i < EMAILS; i++) {
        const mail = { to: `n${i}@crash.test`, subject: `Message ${i}`, text: "Bonjour", html: "<p>Bonjour</p>" };
        await queueTenantEmail(tx, { tenantId: tenant.id, kind: "test", ...mail });
      }
      // Hundreds of rows in one transaction: on a loaded machine this outlasts Prisma's default 5 s.
    },
    { timeout: 60_000 },
  );
});

afterAll(async () => {
  await Promise.all(children.map((child) => stopChild(child, "SIGKILL")));
  await catcher?.stop();
});

async function runner(): Promise<ChildProcess> {
  const child = await startChild("tests/integration/support/job-runner-child.ts", childEnv);
  children.push(child);
  return child;
}

const lockedJobs = async () =>
  (
    await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL`
  )[0]!.n;
const remainingJobs = async () =>
  (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs`)[0]!.n;

describe("background jobs survive crashes", () => {
  // Five process starts: allow for a busy machine, while the delivery itself must take under a minute.
  it(
    "delivers every email after runners are killed mid-batch, at most one duplicate per email in flight at a crash",
    { timeout: 180_000 },
    async () => {
      let lockedByTheDead = 0;
      for (let crash = 1; crash <= CRASHES; crash++) {
        const child = await runner();
        // Kill right after a delivery: the worker is between the SMTP answer and its database write.
        const target = catcher.messages().length + 15;
        await waitFor(() => catcher.messages().length >= target, 30_000, 2);
        await stopChild(child, "SIGKILL");
        lockedByTheDead += await lockedJobs();
      }
      expect(lockedByTheDead).toBeGreaterThan(0); // the crashes did leave jobs locked

      // Two live runners at once, as with two app instances.
      const restartedAt = Date.now();
      await Promise.all([runner(), runner()]);
      await waitFor(
        async () =>
          (await db.outboundEmail.count({ where: { status: "SENT" } })) === EMAILS && !(await remainingJobs()),
        60_000,
        200,
      );
      expect(Date.now() - restartedAt).toBeLessThan(60_000);

      const received = catcher.messages().map((m) => m.to[0]);
      const distinct = new Set(received);
      expect(distinct.size).toBe(EMAILS);
      const duplicates = received.length - distinct.size;
      console.info(
        `job crash test: ${CRASHES} crashes, ${duplicates} duplicates, ${lockedByTheDead} locked jobs left by the dead`,
      );
      // At least once: an email accepted by the SMTP server but not yet marked SENT when its process died
      // leaves again. Each crash can catch at most one such email per worker of the dead process.
      expect(duplicates).toBeLessThanOrEqual(CRASHES * JOB_CONCURRENCY);
      expect(await lockedJobs()).toBe(0);
    },
  );
});
