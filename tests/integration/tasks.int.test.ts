import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { answerAsActor, introduceReferral, proposeReferral, recordPhoneConsent } from "@/lib/network/referrals";
import { anonymiseRequest } from "@/lib/requests/anonymise";
import { submitIntake } from "@/lib/requests/intake";
import { listTasks } from "@/lib/tasks/queries";
import { taskScope, ZTasksQuery } from "@/lib/tasks/schemas";
import { hashLinkToken } from "@/lib/tokens";

import { actorOf, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

let a: TestTenant;
let b: TestTenant;
const tenantOf = (t: TestTenant) => ({ ...t.tenant, firstResponseDays: 2, referralReminderDays: 5 });

async function request(t: TestTenant, createdAt: Date, assigneeId: string | null) {
  const input = intakeInput();
  await submitIntake({ ...tenantOf(t), referencePrefix: "TSK" }, input, {
    ip: `192.0.2.${Math.floor(Math.random() * 250)}`,
  });
  const row = await db.installationRequest.findFirstOrThrow({
    where: { tenantId: t.tenant.id, email: input.identity.email },
    select: { id: true, needs: { select: { id: true } } },
  });
  await db.installationRequest.update({ where: { id: row.id }, data: { createdAt, assigneeId } });
  return row;
}

// Wednesday 10 June 2026, 10:00 in Paris.
const now = new Date("2026-06-10T08:00:00Z");

beforeAll(async () => {
  a = await createTestTenant("tasks-a");
  b = await createTestTenant("tasks-b");
});

describe("Mes tâches", () => {
  it("lists first responses with their promised day, and needs due within a week, per staff member", async () => {
    // Created Friday 5 June at 9:00 UTC: 2 working days later is Tuesday 9 June, so overdue now.
    const late = await request(a, new Date("2026-06-05T09:00:00Z"), a.staff.id);
    // Created today, nobody's: due Friday 12 June, in everyone's "mine".
    const fresh = await request(a, new Date("2026-06-10T07:00:00Z"), null);
    const [dueNeed, farNeed] = late.needs;
    await db.requestNeed.update({ where: { id: dueNeed.id }, data: { dueDate: new Date("2026-06-12T00:00:00Z") } });
    await db.requestNeed.update({ where: { id: farNeed.id }, data: { dueDate: new Date("2026-07-30T00:00:00Z") } });
    // Another tenant's request with the same shape never shows up.
    const other = await request(b, new Date("2026-06-05T09:00:00Z"), null);

    const mine = await listTasks(tenantOf(a), taskScope("me", a.staff.id), now);
    expect(mine.map((t) => [t.kind, t.requestId, t.due.toISOString().slice(0, 10), t.overdue])).toEqual([
      ["firstResponse", late.id, "2026-06-09", true],
      ["firstResponse", fresh.id, "2026-06-12", false],
      ["need", late.id, "2026-06-12", false],
    ]);
    expect(mine.every((t) => t.href === `/${a.tenant.slug}/admin/requests/${t.requestId}`)).toBe(true);

    // The coordinator's own list: only what nobody owns; the staff member's list seen by someone else.
    const coordinator = await listTasks(tenantOf(a), taskScope("me", a.coordinator.id), now);
    expect(coordinator.map((t) => t.requestId)).toEqual([fresh.id]);
    const staffList = await listTasks(tenantOf(a), taskScope(a.staff.id, a.coordinator.id), now);
    expect(staffList.map((t) => t.kind)).toEqual(["firstResponse", "need"]);
    const all = await listTasks(tenantOf(a), taskScope("all", a.coordinator.id), now);
    expect(all).toHaveLength(3);
    expect(all.some((t) => t.requestId === other.id)).toBe(false);

    // A first response sent, a need done: off the list.
    await db.installationRequest.update({ where: { id: late.id }, data: { firstResponseAt: now } });
    await db.requestNeed.update({ where: { id: dueNeed.id }, data: { status: "DONE" } });
    expect((await listTasks(tenantOf(a), taskScope("all", a.staff.id), now)).map((t) => t.requestId)).toEqual([
      fresh.id,
    ]);
  });

  it("reads the scope from the query string, with a safe default", () => {
    expect(ZTasksQuery.parse({}).who).toBe("me");
    expect(ZTasksQuery.parse({ who: "' OR 1=1" }).who).toBe("me");
    expect(ZTasksQuery.parse({ who: ["a", "b"] }).who).toBe("me");
    expect(taskScope("all", "u1")).toEqual({ kind: "all" });
    expect(taskScope("u1", "u1")).toEqual({ kind: "mine", userId: "u1" });
    expect(taskScope("u2", "u1")).toEqual({ kind: "user", userId: "u2" });
  });
});

describe("Mes tâches: referrals awaiting a network actor's answer (issue 14 §1)", () => {
  let c: TestTenant;
  let d: TestTenant;
  beforeAll(async () => {
    c = await createTestTenant("tasks-ref-c");
    d = await createTestTenant("tasks-ref-d");
  });

  const actorIn = (t: TestTenant, name: string) =>
    db.networkActor.create({
      data: { tenantId: t.tenant.id, name, category: "ESTATE_AGENCY", needTypes: [], email: "agence@exemple.test" },
      select: { id: true },
    });

  /** Proposed by `by`, consent given by phone, the introduction sent (CONTACTED) at `sentAt`. */
  async function sentReferral(
    t: TestTenant,
    {
      requestId,
      actorId,
      by,
      sentAt,
    }: { requestId: string; actorId: string; by: "staff" | "coordinator"; sentAt: Date },
  ) {
    const need = await db.requestNeed.findFirstOrThrow({ where: { requestId }, select: { id: true } });
    const { id } = await proposeReferral(actorOf(t, by), { needId: need.id, actorId });
    await recordPhoneConsent(actorOf(t, by), id, true);
    await introduceReferral(actorOf(t, by), id);
    await db.referral.update({ where: { id }, data: { contactedAt: sentAt } });
    return id;
  }

  const referralTasks = async (t: TestTenant, who: string, me: string, at = now) =>
    (await listTasks(tenantOf(t), taskScope(who, me), at)).filter((task) => task.kind === "referral");

  it("lists sent referrals not yet answered, due the tenant's reply delay in working days after sending", async () => {
    const agency = await actorIn(c, "Agence du Port");
    const mine = await request(c, new Date("2026-05-28T08:00:00Z"), c.staff.id);
    const nobodys = await request(c, new Date("2026-06-08T08:00:00Z"), null);
    // Sent Monday 1 June, 10:00 in Paris: 5 working days later is Monday 8 June, so overdue now.
    const late = await sentReferral(c, {
      requestId: mine.id,
      actorId: agency.id,
      by: "coordinator",
      sentAt: new Date("2026-06-01T08:00:00Z"),
    });
    // Sent this morning by the coordinator on an unassigned request: due Wednesday 17 June, the coordinator's.
    const fresh = await sentReferral(c, {
      requestId: nobodys.id,
      actorId: agency.id,
      by: "coordinator",
      sentAt: new Date("2026-06-10T07:00:00Z"),
    });
    // Proposed, consent not given yet: nothing has left, nothing to wait for.
    const pendingNeed = await db.requestNeed.findFirstOrThrow({
      where: { requestId: nobodys.id },
      orderBy: { type: "desc" },
    });
    const other = await actorIn(c, "Crèche des Lilas");
    await proposeReferral(actorOf(c, "staff"), { needId: pendingNeed.id, actorId: other.id });

    const all = await referralTasks(c, "all", c.staff.id);
    expect(
      all.map((t) => [t.id, t.requestId, t.actor, t.due.toISOString().slice(0, 10), t.overdue, t.ownerId]),
    ).toEqual([
      [`referral:${late}`, mine.id, "Agence du Port", "2026-06-08", true, c.staff.id],
      [`referral:${fresh}`, nobodys.id, "Agence du Port", "2026-06-17", false, c.coordinator.id],
    ]);
    expect(all[0].href).toBe(`/${c.tenant.slug}/admin/requests/${mine.id}#referrals`);
    // Whose: the request's assignee (who gets the actor's answer), else the staff member who sent it.
    expect((await referralTasks(c, "me", c.staff.id)).map((t) => t.id)).toEqual([`referral:${late}`]);
    expect((await referralTasks(c, "me", c.coordinator.id)).map((t) => t.id)).toEqual([`referral:${fresh}`]);
    // With a 2-day delay the fresh one is due Friday 12 June.
    const shorter = await listTasks({ ...tenantOf(c), referralReminderDays: 2 }, taskScope("all", c.staff.id), now);
    expect(
      shorter
        .find((t) => t.id === `referral:${fresh}`)
        ?.due.toISOString()
        .slice(0, 10),
    ).toBe("2026-06-12");

    // The actor answers through the private link: off the list. A closed outcome: off too.
    const sent = await db.referral.findUniqueOrThrow({ where: { id: fresh }, select: { actorTokenHash: true } });
    const mails = await db.outboundEmail.findMany({ where: { tenantId: c.tenant.id, kind: "referral.introduction" } });
    const token = mails
      .map((m) => m.text.match(/\/orientation\/([A-Za-z0-9_-]{43})/)![1])
      .find((candidate) => hashLinkToken(candidate) === sent.actorTokenHash)!;
    await answerAsActor(c.tenant, token, { answer: "CAN_HELP", message: "" });
    expect((await referralTasks(c, "all", c.staff.id)).map((t) => t.id)).toEqual([`referral:${late}`]);
    await anonymiseRequest(actorOf(c, "coordinator"), mine.id);
    expect(await referralTasks(c, "all", c.staff.id)).toEqual([]);
  });

  it("never shows another tenant's referrals, whoever asks", async () => {
    const agency = await actorIn(d, "Agence de la Rade");
    const theirs = await request(d, new Date("2026-06-01T08:00:00Z"), d.staff.id);
    const id = await sentReferral(d, {
      requestId: theirs.id,
      actorId: agency.id,
      by: "staff",
      sentAt: new Date("2026-06-02T08:00:00Z"),
    });
    // Tenant d's own staff see it…
    expect((await referralTasks(d, "all", d.staff.id)).map((t) => t.id)).toEqual([`referral:${id}`]);
    // …tenant c's staff never do, even naming d's staff member (a real id of the other tenant).
    for (const who of ["all", "me", d.staff.id]) {
      const seen = await listTasks(tenantOf(c), taskScope(who, c.staff.id), now);
      expect(seen.some((t) => t.id === `referral:${id}` || t.requestId === theirs.id)).toBe(false);
    }
    const asD = await listTasks(tenantOf(c), taskScope("me", d.staff.id), now);
    expect(asD.some((t) => t.requestId === theirs.id)).toBe(false);
  });
});
