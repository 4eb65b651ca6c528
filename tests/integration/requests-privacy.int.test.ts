import { beforeAll, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { retryTenantEmail } from "@/lib/mail/retry";
import { anonymiseRequest } from "@/lib/requests/anonymise";
import { submitIntake } from "@/lib/requests/intake";
import { addNote, sendStaffMessage } from "@/lib/requests/staff";
import { findTrackedRequest } from "@/lib/requests/tracking";

import { actorOf, asCurrentUser, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let a: TestTenant;
let b: TestTenant;
let tenant: {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  referencePrefix: string;
  firstResponseDays: number;
};

beforeAll(async () => {
  a = await createTestTenant("priv-a");
  b = await createTestTenant("priv-b");
  tenant = { ...a.tenant, referencePrefix: "PRV", firstResponseDays: 2 };
});

async function newRequest() {
  const input = intakeInput();
  await submitIntake(tenant, input, { ip: `198.51.100.${Math.floor(Math.random() * 250)}` });
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { tenantId: a.tenant.id, to: input.identity.email, kind: "request.received" },
  });
  const token = mail.text.match(/\/track\/([A-Za-z0-9_-]{43})/)![1];
  const request = await db.installationRequest.findFirstOrThrow({
    where: { tenantId: a.tenant.id, email: input.identity.email },
  });
  return { input, token, request };
}

describe("anonymisation", () => {
  it("erases the person, messages and notes, keeps the statistics, and kills the tracking link", async () => {
    const { input, token, request } = await newRequest();
    const staff = { ...actorOf(a, "staff"), tenant };
    await sendStaffMessage(staff, request.id, "Bonjour");
    await addNote(staff, request.id, "Note");
    await anonymiseRequest(actorOf(a, "coordinator"), request.id);
    const after = await db.installationRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { needs: true, messages: true, notes: true },
    });
    expect(after.anonymisedAt).not.toBeNull();
    expect(JSON.stringify(after)).not.toContain(input.identity.email);
    expect(JSON.stringify(after)).not.toContain("Camille");
    expect(after.profession).toBe("SAGE_FEMME");
    expect(after.needs.map((n) => n.type).sort()).toEqual(["SCHOOL", "SPOUSE_JOB", "TEMPORARY_HOUSING"]);
    expect(after.messages).toHaveLength(0);
    expect(after.notes).toHaveLength(0);
    expect(await findTrackedRequest(a.tenant.id, token)).toBeNull();
  });

  it("is for this tenant's coordinators only", async () => {
    const { anonymiseRequestAction: action } = await import("@/lib/requests/staff-actions");
    const { request } = await newRequest();
    currentUser = asCurrentUser(a.staff);
    expect(await action(a.tenant.slug, { requestId: request.id })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    currentUser = asCurrentUser(b.coordinator);
    expect(await action(b.tenant.slug, { requestId: request.id })).toEqual({ ok: false, formError: "errors.notFound" });
    currentUser = null;
    expect(await action(a.tenant.slug, { requestId: request.id })).toEqual({
      ok: false,
      formError: "errors.signedOut",
    });
    expect((await db.installationRequest.findUniqueOrThrow({ where: { id: request.id } })).anonymisedAt).toBeNull();
  });
});

describe("undelivered emails", () => {
  it("can be retried by the tenant's staff only, and only when failed", async () => {
    const { request } = await newRequest();
    const email = await db.outboundEmail.findFirstOrThrow({ where: { tenantId: a.tenant.id, to: request.email } });
    await expect(retryTenantEmail(a.tenant.id, email.id)).rejects.toThrow("errors.notFound"); // still pending
    await db.outboundEmail.update({ where: { id: email.id }, data: { status: "FAILED" } });
    await expect(retryTenantEmail(b.tenant.id, email.id)).rejects.toThrow("errors.notFound");
    await retryTenantEmail(a.tenant.id, email.id);
    expect((await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("PENDING");
  });
});

describe("my requests across tenants", () => {
  it("lists only the requests made with the signed-in address and re-sends a tracking link to it", async () => {
    const { listMyRequests, sendMyTrackingLink } = await import("@/lib/requests/mine");
    const { input, token, request } = await newRequest();
    const owner = { id: a.member.id, email: input.identity.email };
    const mine = await listMyRequests(input.identity.email);
    expect(mine.map((r) => r.id)).toEqual([request.id]);
    await expect(sendMyTrackingLink({ id: b.coordinator.id, email: b.coordinator.email }, request.id)).rejects.toThrow(
      "errors.notFound",
    );
    await sendMyTrackingLink(owner, request.id);
    expect(await findTrackedRequest(a.tenant.id, token)).toBeNull(); // the old link is replaced
    const mails = await db.outboundEmail.findMany({
      where: { tenantId: a.tenant.id, to: input.identity.email, kind: "request.tracking" },
    });
    expect(mails).toHaveLength(1);
    const fresh = mails[0].text.match(/\/track\/([A-Za-z0-9_-]{43})/)![1];
    expect((await findTrackedRequest(a.tenant.id, fresh))?.id).toBe(request.id);
  });
});

describe("request actions as public endpoints", () => {
  it("refuse a member, another tenant's staff and an anonymous caller, with real ids", async () => {
    const actions = await import("@/lib/requests/staff-actions");
    const { request } = await newRequest();
    const need = await db.requestNeed.findFirstOrThrow({ where: { requestId: request.id } });
    const attempts = () => [
      actions.changeRequestStageAction(a.tenant.slug, { requestId: request.id, to: "QUALIFIED" }),
      actions.sendRequestMessageAction(a.tenant.slug, { requestId: request.id, body: "x" }),
      actions.addRequestNoteAction(a.tenant.slug, { requestId: request.id, body: "x" }),
      actions.updateRequestNeedAction(a.tenant.slug, { needId: need.id, status: "DONE" }),
      actions.assignRequestAction(a.tenant.slug, { requestId: request.id, assigneeId: a.staff.id }),
      actions.reissueTrackingLinkAction(a.tenant.slug, { requestId: request.id }),
      actions.revokeTrackingLinkAction(a.tenant.slug, { requestId: request.id }),
    ];
    currentUser = asCurrentUser(a.member);
    for (const result of await Promise.all(attempts()))
      expect(result).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = asCurrentUser(b.staff);
    for (const result of await Promise.all(attempts()))
      expect(result).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = null;
    for (const result of await Promise.all(attempts()))
      expect(result).toEqual({ ok: false, formError: "errors.signedOut" });
    const untouched = await db.installationRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { notes: true, messages: true },
    });
    expect(untouched).toMatchObject({ stage: "NEW", assigneeId: null });
    expect(untouched.notes).toHaveLength(0);
    expect(untouched.messages).toHaveLength(0);
  });
});

describe("email failure on intake", () => {
  it("keeps the request and its emails when the mail server is down; they leave later", async () => {
    const { resetEnvCache, requireDatabaseUrl } = await import("@/lib/env");
    const { runJobsOnce } = await import("@/lib/jobs/runner");
    const { freePort } = await import("./support/ports");
    process.env.SMTP_PORT = String(await freePort());
    resetEnvCache();
    const { request } = await newRequest();
    await runJobsOnce(requireDatabaseUrl());
    expect(await db.installationRequest.count({ where: { id: request.id } })).toBe(1);
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { tenantId: a.tenant.id, to: request.email } });
    expect(mail.status).toBe("PENDING");
    expect(mail.attempts).toBe(1);
    expect(mail.lastError).toBeTruthy();
  });
});

describe("tracking link revocation and assignee filter", () => {
  it("lets staff revoke a tracking link and filter the list by assignee", async () => {
    const actions = await import("@/lib/requests/staff-actions");
    const { listRequests } = await import("@/lib/requests/queries");
    const { ZRequestFilters } = await import("@/lib/requests/filters");
    const { token, request } = await newRequest();
    currentUser = asCurrentUser(a.staff);
    expect(await actions.revokeTrackingLinkAction(a.tenant.slug, { requestId: request.id })).toMatchObject({
      ok: true,
    });
    expect(await findTrackedRequest(a.tenant.id, token)).toBeNull();
    expect(
      await actions.assignRequestAction(a.tenant.slug, { requestId: request.id, assigneeId: a.staff.id }),
    ).toMatchObject({ ok: true });
    const assigned = await listRequests(
      { tenantId: a.tenant.id, userId: a.coordinator.id },
      ZRequestFilters.parse({ assignee: a.staff.id }),
    );
    expect(assigned.rows.map((r) => r.id)).toEqual([request.id]);
    const unassigned = await listRequests(
      { tenantId: a.tenant.id, userId: a.coordinator.id },
      ZRequestFilters.parse({ assignee: "none" }),
    );
    expect(unassigned.rows.map((r) => r.id)).not.toContain(request.id);
  });
});
