import { randomUUID } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { RATE_LIMITS, submitIntake, type IntakeTenant } from "@/lib/requests/intake";
import { notifyStaffOfNewRequests, STAFF_NOTIFY_TASK } from "@/lib/requests/staff-notification";

import { createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

// The public action reads the request's headers: a socket address (set by our server) and whatever
// X-Forwarded-For the client chose to write.
let requestHeaders: Record<string, string> = {};
// Outside a request, next-intl cannot tell the reader's language: the intake takes French.
vi.mock("next-intl/server", async (original) => ({
  ...(await original<typeof import("next-intl/server")>()),
  getLocale: async () => "fr",
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(requestHeaders) }));

const { submitInstallationRequestAction: submitInstallationRequest } = await import("@/lib/requests/intake-actions");

let t: TestTenant;
let tenant: IntakeTenant;

beforeAll(async () => {
  t = await createTestTenant("limits");
  tenant = { ...t.tenant, referencePrefix: "LIM", firstResponseDays: 2 };
});

beforeEach(() => {
  requestHeaders = {};
});

/** A fresh tenant for tests that fill a tenant's hourly quota. */
async function freshTenant(label: string) {
  const other = await createTestTenant(label);
  return { t: other, tenant: { ...other.tenant, referencePrefix: "FLD", firstResponseDays: 2 } };
}

describe("the intake's client address", () => {
  it("cannot be chosen by the client: X-Forwarded-For does not reset the per-address limit", async () => {
    const { t: own } = await freshTenant("xff");
    requestHeaders = { [SOCKET_ADDRESS_HEADER]: "198.51.100.20" };
    for (let i = 0; i < RATE_LIMITS.perIpPerHour; i++) {
      expect(await submitInstallationRequest(own.tenant.slug, intakeInput())).toMatchObject({ ok: true });
    }
    requestHeaders = { [SOCKET_ADDRESS_HEADER]: "198.51.100.20", "x-forwarded-for": "1.2.3.4" };
    expect(await submitInstallationRequest(own.tenant.slug, intakeInput())).toEqual({
      ok: false,
      formError: "requests.errors.rateLimited",
    });
    // Another socket address is another client.
    requestHeaders = { [SOCKET_ADDRESS_HEADER]: "198.51.100.21" };
    expect(await submitInstallationRequest(own.tenant.slug, intakeInput())).toMatchObject({ ok: true });
  });
});

describe("limits counted in the writing transaction", () => {
  it("holds the per-address limit under simultaneous submissions", async () => {
    const { tenant: own } = await freshTenant("race");
    const results = await Promise.allSettled(
      Array.from({ length: RATE_LIMITS.perIpPerHour + 5 }, () => submitIntake(own, intakeInput(), { ip: "192.0.2.9" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(RATE_LIMITS.perIpPerHour);
    expect(await db.installationRequest.count({ where: { tenantId: own.id } })).toBe(RATE_LIMITS.perIpPerHour);
  });

  it("caps a tenant's requests per hour, whatever the addresses", async () => {
    const { tenant: own } = await freshTenant("flood");
    for (let i = 0; i < RATE_LIMITS.perTenantPerHour; i++) {
      await submitIntake(own, intakeInput(), { ip: `10.9.${Math.floor(i / 200)}.${i % 200}` });
    }
    await expect(submitIntake(own, intakeInput(), { ip: "10.8.0.1" })).rejects.toThrow("requests.errors.rateLimited");
    expect(await db.installationRequest.count({ where: { tenantId: own.id } })).toBe(RATE_LIMITS.perTenantPerHour);
  });
});

describe("grouped staff notification", () => {
  it("queues one job per tenant, then one email per staff member listing every new request", async () => {
    const submitted = [];
    for (let i = 0; i < 3; i++)
      submitted.push((await submitIntake(tenant, intakeInput(), { ip: randomUUID() })).reference);
    expect(await db.outboundEmail.count({ where: { tenantId: t.tenant.id, kind: "request.new" } })).toBe(0);
    const jobs = await db.$queryRaw<{ n: number; later: boolean }[]>`
      SELECT count(*)::int AS n, bool_and(run_at > now() + interval '4 minutes') AS later
      FROM graphile_worker.jobs WHERE task_identifier = ${STAFF_NOTIFY_TASK} AND key = ${`staff-new-requests:${t.tenant.id}`}`;
    expect(jobs[0]).toEqual({ n: 1, later: true });

    expect(await notifyStaffOfNewRequests(t.tenant.id)).toBe(3);
    const mails = await db.outboundEmail.findMany({ where: { tenantId: t.tenant.id, kind: "request.new" } });
    expect(mails.map((m) => m.to).sort()).toEqual([t.coordinator.email, t.staff.email].sort());
    for (const reference of submitted) expect(mails[0].text).toContain(reference!);
    expect(mails[0].subject).toContain("3 nouvelles demandes");

    // Nothing new: no second email.
    expect(await notifyStaffOfNewRequests(t.tenant.id)).toBe(0);
    expect(await db.outboundEmail.count({ where: { tenantId: t.tenant.id, kind: "request.new" } })).toBe(2);
  });
});
