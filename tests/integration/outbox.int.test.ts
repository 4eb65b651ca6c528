import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { requireDatabaseUrl, resetEnvCache } from "@/lib/env";
import { runJobsOnce } from "@/lib/jobs/runner";
import { startMailCatcher } from "@/lib/mail/catcher";
import { PLATFORM_EMAIL_TASK, queueTenantEmail, sendPlatformEmailNow, TENANT_EMAIL_TASK } from "@/lib/mail/outbox";

import { freePort } from "./support/ports";

let smtpPort: number;
let catcher: Awaited<ReturnType<typeof startMailCatcher>> | null = null;

beforeEach(async () => {
  smtpPort = await freePort();
  process.env.SMTP_PORT = String(smtpPort); // nothing listens there until a test starts the catcher
  resetEnvCache();
});

afterEach(async () => {
  await catcher?.stop();
  catcher = null;
});

const startCatcher = async () => (catcher = await startMailCatcher({ smtpPort, httpPort: await freePort() }));
const jobs = (task: string) =>
  db.$queryRaw<{ id: string; attempts: number; last_error: string | null }[]>`
    SELECT j.id::text, j.attempts, j.last_error FROM graphile_worker._private_jobs j
    JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = ${task}`;
const makeRetryDue = () => db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
const mail = (to: string) => ({ to, subject: "Bienvenue", text: "Bonjour", html: "<p>Bonjour</p>" });

async function tenantWithEmail(to: string) {
  return db.$transaction(async (tx) => {
    const tenant = await tx.tenant.create({
      data: {
        slug: `cpts-outbox-${Date.now()}`,
        name: "CPTS Outbox",
        region: "Bretagne",
        contactEmail: "c@exemple.test",
      },
    });
    const email = await queueTenantEmail(tx, { tenantId: tenant.id, kind: "test", ...mail(to) });
    return { tenant, email };
  });
}

describe("transactional outbox", () => {
  it("keeps the email when the SMTP server is down and delivers it exactly once when it is back", async () => {
    const { email } = await tenantWithEmail("absente@exemple.test");
    expect((await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("PENDING");
    expect(await jobs(TENANT_EMAIL_TASK)).toHaveLength(1);

    await runJobsOnce(requireDatabaseUrl());
    const failed = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect((await jobs(TENANT_EMAIL_TASK))[0]?.attempts).toBe(1);

    const server = await startCatcher();
    await makeRetryDue();
    await runJobsOnce(requireDatabaseUrl());
    expect((await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("SENT");
    expect(server.messages().filter((m) => m.to.includes("absente@exemple.test"))).toHaveLength(1);
    expect(await jobs(TENANT_EMAIL_TASK)).toHaveLength(0);

    await makeRetryDue();
    await runJobsOnce(requireDatabaseUrl());
    expect(server.messages()).toHaveLength(1);
  });

  it("writes neither the email nor its job when the business change rolls back", async () => {
    const before = await jobs(TENANT_EMAIL_TASK);
    await expect(
      db.$transaction(async (tx) => {
        const tenant = await tx.tenant.create({
          data: { slug: "cpts-rollback", name: "X", region: "Y", contactEmail: "x@exemple.test" },
        });
        await queueTenantEmail(tx, { tenantId: tenant.id, kind: "test", ...mail("jamais@exemple.test") });
        throw new Error("échec métier");
      }),
    ).rejects.toThrow("échec métier");
    expect(await db.outboundEmail.count({ where: { to: "jamais@exemple.test" } })).toBe(0);
    expect(await jobs(TENANT_EMAIL_TASK)).toHaveLength(before.length);
  });

  it("marks an email FAILED once its last attempt fails", async () => {
    const { email } = await tenantWithEmail("introuvable@exemple.test");
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET max_attempts = 1`;
    await runJobsOnce(requireDatabaseUrl());
    expect((await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("FAILED");
  });
});

describe("platform emails (sign-in links)", () => {
  it("report a delayed delivery and queue a retry when the server is down", async () => {
    expect(await sendPlatformEmailNow(mail("lien@exemple.test"))).toEqual({ delivered: false });
    expect(await jobs(PLATFORM_EMAIL_TASK)).toHaveLength(1);
    const server = await startCatcher();
    await makeRetryDue();
    await runJobsOnce(requireDatabaseUrl());
    expect(server.messages().map((m) => m.to)).toEqual([["lien@exemple.test"]]);
    expect(await jobs(PLATFORM_EMAIL_TASK)).toHaveLength(0);
  });

  it("leave at once when the server answers", async () => {
    const server = await startCatcher();
    expect(await sendPlatformEmailNow(mail("direct@exemple.test"))).toEqual({ delivered: true });
    expect(server.messages()).toHaveLength(1);
    expect(await jobs(PLATFORM_EMAIL_TASK)).toHaveLength(0);
  });
});
