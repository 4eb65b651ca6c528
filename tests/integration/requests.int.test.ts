import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { RATE_LIMITS, submitIntake, type IntakeTenant } from "@/lib/requests/intake";
import { addNote, changeStage, sendStaffMessage, updateNeed } from "@/lib/requests/staff";
import {
  findTrackedRequest,
  NEWCOMER_REPLIES_PER_HOUR,
  replyAsNewcomer,
  withdrawAsNewcomer,
} from "@/lib/requests/tracking";
import type { Actor } from "@/lib/tenancy/actor";

import { actorOf, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

let a: TestTenant;
let b: TestTenant;
let tenantA: IntakeTenant & { timeZone: string };
let tenantB: IntakeTenant & { timeZone: string };

async function intakeTenant(t: TestTenant, prefix: string) {
  await db.tenant.update({ where: { id: t.tenant.id }, data: { referencePrefix: prefix } });
  return { ...t.tenant, referencePrefix: prefix, firstResponseDays: 2 };
}

const actor = (t: TestTenant, tenant: typeof tenantA, who: "coordinator" | "staff" = "staff"): Actor => ({
  ...actorOf(t, who),
  tenant,
});

/** The tracking token is only in the email: read it back from the outbox as the newcomer would. */
async function trackingTokenFor(tenantId: string, email: string): Promise<string> {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { tenantId, to: email, kind: "request.received" },
    orderBy: { createdAt: "desc" },
  });
  return mail.text.match(/\/track\/([A-Za-z0-9_-]{43})/)![1];
}

async function submit(
  tenant: IntakeTenant,
  overrides: Parameters<typeof intakeInput>[0] = {},
  ip: string = randomUUID(),
) {
  const input = intakeInput(overrides);
  const result = await submitIntake(tenant, input, { ip });
  return { input, result };
}

beforeAll(async () => {
  a = await createTestTenant("req-a");
  b = await createTestTenant("req-b");
  tenantA = await intakeTenant(a, "TRG");
  tenantB = await intakeTenant(b, "MRX");
});

describe("intake", () => {
  it("records the request, its needs, a public timeline entry and the email to the newcomer", async () => {
    const { input, result } = await submit(tenantA);
    expect(result.reference).toMatch(/^TRG-\d{4}-\d{4}$/);
    const request = await db.installationRequest.findFirstOrThrow({
      where: { tenantId: a.tenant.id, reference: result.reference! },
      include: { needs: true, events: true },
    });
    expect(request.needs.map((n) => n.type).sort()).toEqual(["SCHOOL", "SPOUSE_JOB", "TEMPORARY_HOUSING"]);
    expect(request.events.map((e) => e.type)).toEqual(["request.created"]);
    expect(request.trackingTokenHash).toMatch(/^[0-9a-f]{64}$/);
    const mails = await db.outboundEmail.findMany({
      where: { tenantId: a.tenant.id, createdAt: { gte: request.createdAt } },
    });
    expect(mails.filter((m) => m.to === input.identity.email && m.kind === "request.received")).toHaveLength(1);
    // The staff are told by a grouped email a few minutes later (tests/integration/intake-limits).
    expect(mails.filter((m) => m.kind === "request.new")).toHaveLength(0);
  });

  it("numbers concurrent submissions uniquely and consecutively", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => submit(tenantB)));
    const references = results.map((r) => r.result.reference!);
    expect(new Set(references).size).toBe(12);
    const numbers = references.map((r) => Number(r.split("-")[2])).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => numbers[0] + i));
  });

  it("creates one request for a double submission of the same draft", async () => {
    const key = randomUUID();
    const email = `double.${randomUUID().slice(0, 6)}@exemple.test`;
    const input = intakeInput({ idempotencyKey: key, email });
    const [first, second] = await Promise.all([
      submitIntake(tenantA, input, { ip: "10.0.0.1" }),
      submitIntake(tenantA, input, { ip: "10.0.0.1" }),
    ]);
    expect(second.reference).toBe(first.reference);
    expect(await db.installationRequest.count({ where: { tenantId: a.tenant.id, idempotencyKey: key } })).toBe(1);
    expect(await db.outboundEmail.count({ where: { tenantId: a.tenant.id, to: email } })).toBe(1);
  });

  it("limits submissions per email and per address, with a clear message", async () => {
    const email = `pressee.${randomUUID().slice(0, 6)}@exemple.test`;
    for (let i = 0; i < RATE_LIMITS.perEmailPerHour; i++) await submit(tenantA, { email });
    await expect(submit(tenantA, { email })).rejects.toThrow("requests.errors.rateLimited");
    const ip = `203.0.113.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < RATE_LIMITS.perIpPerHour; i++) await submit(tenantB, {}, ip);
    await expect(submit(tenantB, {}, ip)).rejects.toThrow("requests.errors.rateLimited");
  });

  it("silently drops a bot that fills the honeypot", async () => {
    const email = `robot.${randomUUID().slice(0, 6)}@exemple.test`;
    const { result } = await submit(tenantA, { email, website: "http://spam.example" });
    expect(result.reference).toBeNull();
    expect(await db.installationRequest.count({ where: { email } })).toBe(0);
  });
});

describe("newcomer tracking page", () => {
  it("shows the request by its token, never internal notes, and not through another tenant or a guessed token", async () => {
    const { input } = await submit(tenantA);
    const token = await trackingTokenFor(a.tenant.id, input.identity.email);
    const tracked = await findTrackedRequest(a.tenant.id, token);
    expect(tracked?.firstName).toBe("Camille");
    await addNote(actor(a, tenantA), tracked!.id, "Note interne : dossier prioritaire, ne pas divulguer");
    await sendStaffMessage(actor(a, tenantA), tracked!.id, "Bonjour Camille, nous avons trouvé un logement.");
    const again = await findTrackedRequest(a.tenant.id, token);
    expect(JSON.stringify(again)).not.toContain("ne pas divulguer");
    expect(again?.messages.map((m) => m.body)).toEqual(["Bonjour Camille, nous avons trouvé un logement."]);
    const toNewcomer = await db.outboundEmail.findMany({ where: { tenantId: a.tenant.id, to: input.identity.email } });
    expect(toNewcomer.map((m) => m.text).join("\n")).not.toContain("ne pas divulguer");

    expect(await findTrackedRequest(b.tenant.id, token)).toBeNull();
    expect(await findTrackedRequest(a.tenant.id, "A".repeat(43))).toBeNull();
    expect(await findTrackedRequest(a.tenant.id, "not-a-token")).toBeNull();
  });

  it("throttles the newcomer's replies (each one emails the staff)", async () => {
    const { input } = await submit(tenantA);
    const token = await trackingTokenFor(a.tenant.id, input.identity.email);
    for (let i = 0; i < NEWCOMER_REPLIES_PER_HOUR; i++) await replyAsNewcomer(tenantA, token, `Message ${i}`);
    await expect(replyAsNewcomer(tenantA, token, "Encore un")).rejects.toThrow("requests.errors.tooManyMessages");
    const tracked = await findTrackedRequest(a.tenant.id, token);
    expect(tracked?.messages).toHaveLength(NEWCOMER_REPLIES_PER_HOUR);
  });

  it("lets the newcomer reply and withdraw", async () => {
    const { input } = await submit(tenantA);
    const token = await trackingTokenFor(a.tenant.id, input.identity.email);
    await replyAsNewcomer(tenantA, token, "Merci beaucoup !");
    await withdrawAsNewcomer(tenantA, token);
    const tracked = await findTrackedRequest(a.tenant.id, token);
    expect(tracked?.stage).toBe("CLOSED");
    expect(tracked?.closingReason).toBe("WITHDRAWN");
    expect(tracked?.messages.map((m) => m.author)).toEqual(["NEWCOMER"]);
    await expect(replyAsNewcomer(tenantB, token, "intrusion")).rejects.toThrow("errors.notFound");
  });
});

describe("staff pipeline", () => {
  it("follows the stage rules, records installation and invites the new member", async () => {
    const { input } = await submit(tenantA);
    const request = await db.installationRequest.findFirstOrThrow({
      where: { tenantId: a.tenant.id, email: input.identity.email },
    });
    const staff = actor(a, tenantA);
    await expect(changeStage(staff, request.id, { to: "INSTALLED" })).rejects.toThrow("requests.errors.skipStage");
    await expect(changeStage(staff, request.id, { to: "CLOSED" })).rejects.toThrow(
      "requests.errors.closingReasonRequired",
    );
    for (const to of ["QUALIFIED", "IN_PROGRESS", "INSTALLED", "MEMBER"] as const)
      await changeStage(staff, request.id, { to });
    const done = await db.installationRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { events: true },
    });
    expect(done.stage).toBe("MEMBER");
    expect(done.installedAt).not.toBeNull();
    expect(done.events.filter((e) => e.type === "stage.changed")).toHaveLength(4);
    expect(
      await db.invitation.count({ where: { tenantId: a.tenant.id, email: input.identity.email, role: "MEMBER" } }),
    ).toBe(1);
    expect(
      await db.auditLog.count({ where: { tenantId: a.tenant.id, targetId: request.id, action: "stage.changed" } }),
    ).toBe(4);

    // On first sign-in the new member's profile starts from the request, linked to it.
    const { acceptPendingInvitations } = await import("@/lib/invitations/accept");
    const user = await db.user.create({ data: { email: input.identity.email } });
    expect(await acceptPendingInvitations(user)).toEqual([a.tenant.id]);
    const membership = await db.membership.findUniqueOrThrow({
      where: { tenantId_userId: { tenantId: a.tenant.id, userId: user.id } },
      include: { user: true },
    });
    expect(membership).toMatchObject({
      role: "MEMBER",
      requestId: request.id,
      profession: "SAGE_FEMME",
      practicePlace: "Saint-Laurent-du-Maroni",
      phone: "+33 6 12 34 56 78",
      user: { name: "Camille Martin" },
    });
    expect(membership.arrivalDate).not.toBeNull();
  });

  it("lets the tenant's staff flag a request as priority and filter on it, and no one else", async () => {
    const { setPriority } = await import("@/lib/requests/staff");
    const { listRequests } = await import("@/lib/requests/queries");
    const { ZRequestFilters } = await import("@/lib/requests/filters");
    const { input } = await submit(tenantA);
    const request = await db.installationRequest.findFirstOrThrow({
      where: { tenantId: a.tenant.id, email: input.identity.email },
    });
    await expect(setPriority(actor(b, tenantB, "coordinator"), request.id, true)).rejects.toThrow("errors.notFound");
    expect((await db.installationRequest.findUniqueOrThrow({ where: { id: request.id } })).priority).toBe(false);
    await setPriority(actor(a, tenantA), request.id, true);
    const priorityOnly = await listRequests(
      { tenantId: a.tenant.id, userId: a.staff.id },
      ZRequestFilters.parse({ priority: "1" }),
    );
    expect(priorityOnly.rows.map((r) => r.id)).toEqual([request.id]);
    expect(await db.requestEvent.count({ where: { requestId: request.id, type: "priority.set", public: false } })).toBe(
      1,
    );
  });

  it("gives another tenant's staff nothing by id: requests, needs, notes, messages", async () => {
    const { input } = await submit(tenantA);
    const request = await db.installationRequest.findFirstOrThrow({
      where: { tenantId: a.tenant.id, email: input.identity.email },
      include: { needs: true },
    });
    const intruder = actor(b, tenantB, "coordinator");
    await expect(changeStage(intruder, request.id, { to: "QUALIFIED" })).rejects.toThrow("errors.notFound");
    await expect(addNote(intruder, request.id, "x")).rejects.toThrow("errors.notFound");
    await expect(sendStaffMessage(intruder, request.id, "x")).rejects.toThrow("errors.notFound");
    await expect(
      updateNeed(intruder, request.needs[0].id, { status: "DONE", assigneeId: null, dueDate: null }),
    ).rejects.toThrow("errors.notFound");
    const untouched = await db.installationRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { notes: true, messages: true, needs: true },
    });
    expect(untouched.stage).toBe("NEW");
    expect(untouched.notes).toHaveLength(0);
    expect(untouched.messages).toHaveLength(0);
    expect(untouched.needs.every((n) => n.status === "TODO")).toBe(true);
  });

  it("refuses to assign a need to someone who is not staff of the tenant", async () => {
    const { input } = await submit(tenantA);
    const request = await db.installationRequest.findFirstOrThrow({
      where: { tenantId: a.tenant.id, email: input.identity.email },
      include: { needs: true },
    });
    await expect(
      updateNeed(actor(a, tenantA), request.needs[0].id, {
        status: "IN_PROGRESS",
        assigneeId: b.staff.id,
        dueDate: null,
      }),
    ).rejects.toThrow("requests.errors.assigneeNotStaff");
    await expect(
      updateNeed(actor(a, tenantA), request.needs[0].id, {
        status: "IN_PROGRESS",
        assigneeId: a.member.id,
        dueDate: null,
      }),
    ).rejects.toThrow("requests.errors.assigneeNotStaff");
    await updateNeed(actor(a, tenantA), request.needs[0].id, {
      status: "IN_PROGRESS",
      assigneeId: a.staff.id,
      dueDate: "2027-01-15",
    });
  });
});
