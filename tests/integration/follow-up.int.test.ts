import { beforeAll, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { answerCheckIn, findCheckInByToken } from "@/lib/followup/checkin";
import { CHECK_IN_LINK_DAYS, scheduleCheckIns } from "@/lib/followup/schedule";
import { lateItems, sendDailyDigests } from "@/lib/requests/digest";
import { listTasks } from "@/lib/tasks/queries";
import { hashLinkToken, newLinkToken, withoutLinkTokens } from "@/lib/tokens";

import {
  actorOf,
  asCurrentUser,
  createTestCheckIn,
  createTestRequest,
  createTestTenant,
  type TestTenant,
} from "./support/factories";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { answerCheckInAction, completeFollowUpTaskAction, stopCheckInsAction } = await import("@/lib/followup/actions");
const actAs = (who: { id: string; email: string } | null) => (currentUser = who ? asCurrentUser(who) : null);

let a: TestTenant;
let b: TestTenant;
const tenantOf = (t: TestTenant) => ({ ...t.tenant, firstResponseDays: 2, referralReminderDays: 5 });

function installedRequest(
  t: TestTenant,
  installedAt: Date,
  extra: { stage?: "INSTALLED" | "MEMBER" | "IN_PROGRESS"; locale?: string; assigneeId?: string } = {},
) {
  return createTestRequest(t.tenant.id, {
    stage: extra.stage ?? "INSTALLED",
    installedAt,
    firstResponseAt: installedAt,
    locale: extra.locale ?? "fr",
    assigneeId: extra.assigneeId ?? null,
  });
}

/** The link's token, as only the email (not yet sent) knows it. */
async function tokenSentTo(email: string) {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { to: email, kind: "followUp.checkIn" },
    orderBy: { createdAt: "desc" },
  });
  const token = /\/check-in\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
  return { token, mail };
}

const answer = (
  token: string,
  over: Partial<{ settledScore: "1" | "2" | "3" | "4" | "5"; wantsToTalk: boolean }> = {},
) => ({
  token,
  settledScore: over.settledScore ?? "4",
  difficulties: ["HOUSING" as const, "ISOLATION" as const],
  wantsToTalk: over.wantsToTalk ?? false,
  comment: "Tout va bien, sauf le logement.",
});

beforeAll(async () => {
  a = await createTestTenant("follow-a");
  b = await createTestTenant("follow-b");
});

describe("check-in scheduling (fixed clock)", () => {
  const now = new Date("2026-06-15T09:30:00Z"); // a Monday

  it("sends the milestone that has come, once, in the person's language, with only the link's hash stored", async () => {
    const threeMonths = await installedRequest(a, new Date("2026-03-14T15:00:00Z"), { locale: "en" });
    const notYet = await installedRequest(a, new Date("2026-03-20T15:00:00Z"));
    const sixMonths = await installedRequest(a, new Date("2025-12-10T08:00:00Z"), { stage: "MEMBER" });
    const tooOld = await installedRequest(a, new Date("2025-11-01T08:00:00Z"));
    const movedBack = await installedRequest(a, new Date("2026-03-01T08:00:00Z"), { stage: "IN_PROGRESS" });
    const stopped = await installedRequest(a, new Date("2026-03-10T08:00:00Z"));
    await db.installationRequest.update({ where: { id: stopped.id }, data: { checkInsStoppedAt: new Date() } });

    await scheduleCheckIns(now);
    const rows = await db.followUpCheckIn.findMany({ where: { tenantId: a.tenant.id } });
    const byRequest = new Map(rows.map((r) => [r.requestId, r]));
    expect(byRequest.get(threeMonths.id)?.milestone).toBe(3);
    expect(byRequest.get(sixMonths.id)?.milestone).toBe(6);
    for (const r of [notYet, tooOld, movedBack, stopped]) expect(byRequest.has(r.id)).toBe(false);

    const { token, mail } = await tokenSentTo(threeMonths.email);
    expect(mail.subject).toContain("how is your settling in going?");
    const row = byRequest.get(threeMonths.id)!;
    expect(row.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(CHECK_IN_LINK_DAYS * 86_400_000);
    expect(withoutLinkTokens(mail.text)).not.toContain(token);

    // The next day's run sends nothing again.
    await scheduleCheckIns(new Date("2026-06-16T09:30:00Z"));
    expect(await db.followUpCheckIn.count({ where: { tenantId: a.tenant.id } })).toBe(2);
    expect(await db.outboundEmail.count({ where: { tenantId: a.tenant.id, kind: "followUp.checkIn" } })).toBe(2);
  });

  it("answers once; a low score creates a call back due 5 working days later, in the digest and the tasks", async () => {
    const request = await installedRequest(b, new Date("2026-03-13T10:00:00Z"), { assigneeId: b.staff.id });
    await scheduleCheckIns(now);
    const { token } = await tokenSentTo(request.email);
    const tenant = tenantOf(b);
    const answeredAt = new Date("2026-06-15T10:00:00Z");
    await expect(
      answerCheckIn(tenant, { ...answer(token), settledScore: 2, difficulties: ["HOUSING"] }, answeredAt),
    ).resolves.toEqual({ callBack: true });
    await expect(
      answerCheckIn(tenant, { ...answer(token), settledScore: 5, difficulties: [] }, answeredAt),
    ).rejects.toMatchObject({ messageKey: "followUp.errors.alreadyAnswered" });

    const stored = await db.followUpCheckIn.findFirstOrThrow({ where: { requestId: request.id } });
    expect(stored).toMatchObject({ settledScore: 2, difficulties: ["HOUSING"], wantsToTalk: false });
    const task = await db.followUpTask.findFirstOrThrow({ where: { requestId: request.id } });
    expect(task.dueDate.toISOString().slice(0, 10)).toBe("2026-06-22");

    const tasks = await listTasks(tenant, { kind: "user", userId: b.staff.id }, answeredAt);
    expect(tasks.filter((t) => t.kind === "followUp")).toEqual([
      expect.objectContaining({ requestId: request.id, months: 3, followUpTaskId: task.id, overdue: false }),
    ]);
    // Not the coordinator's own list (the request is the staff member's), but the team's.
    const coordinatorTasks = await listTasks(tenant, { kind: "mine", userId: b.coordinator.id }, answeredAt);
    expect(coordinatorTasks.some((t) => t.requestId === request.id)).toBe(false);
    expect((await listTasks(tenant, { kind: "all" }, answeredAt)).some((t) => t.requestId === request.id)).toBe(true);
    // Overdue after its day, in the tenant's calendar.
    const later = await listTasks(tenant, { kind: "all" }, new Date("2026-06-23T08:00:00Z"));
    expect(later.find((t) => t.followUpTaskId === task.id)?.overdue).toBe(true);

    expect((await lateItems(tenant, answeredAt)).followUps.map((f) => f.id)).toEqual([task.id]);
    await sendDailyDigests(answeredAt);
    const digest = await db.outboundEmail.findFirstOrThrow({
      where: { tenantId: b.tenant.id, kind: "digest.daily", to: b.coordinator.email },
    });
    expect(digest.text).toContain(request.reference);
    expect(digest.text).toContain("rappel");
  });

  it("creates no call back for a good score without a wish to talk, one for a wish to talk", async () => {
    const good = await installedRequest(b, new Date("2026-03-12T10:00:00Z"));
    const talk = await installedRequest(b, new Date("2026-03-11T10:00:00Z"));
    await scheduleCheckIns(now);
    const tenant = tenantOf(b);
    const at = new Date("2026-06-15T11:00:00Z");
    const toAnswer = (token: string, wantsToTalk: boolean) => ({
      token,
      settledScore: 4,
      difficulties: [],
      wantsToTalk,
      comment: "",
    });
    expect(await answerCheckIn(tenant, toAnswer((await tokenSentTo(good.email)).token, false), at)).toEqual({
      callBack: false,
    });
    expect(await answerCheckIn(tenant, toAnswer((await tokenSentTo(talk.email)).token, true), at)).toEqual({
      callBack: true,
    });
    expect(await db.followUpTask.count({ where: { requestId: good.id } })).toBe(0);
    expect(await db.followUpTask.count({ where: { requestId: talk.id } })).toBe(1);
  });
});

describe("check-in links", () => {
  let token: string;
  let requestId: string;

  beforeAll(async () => {
    // Installed 3 months and a day ago, scheduled with the real clock: the actions use it.
    const installedAt = new Date(Date.now() - 86_400_000);
    installedAt.setUTCMonth(installedAt.getUTCMonth() - 3);
    const request = await installedRequest(a, installedAt);
    requestId = request.id;
    await scheduleCheckIns();
    token = (await tokenSentTo(request.email)).token;
  });

  it("answer the same not found for a malformed, unknown, expired or other tenant's link", async () => {
    expect(await findCheckInByToken(a.tenant.id, token)).not.toBeNull();
    const expiredAt = new Date(Date.now() + (CHECK_IN_LINK_DAYS + 1) * 86_400_000);
    for (const [tenantId, candidate, at] of [
      [a.tenant.id, "not-a-token", undefined],
      [a.tenant.id, newLinkToken(), undefined],
      [b.tenant.id, token, undefined],
      [a.tenant.id, token, expiredAt],
    ] as const) {
      expect(await findCheckInByToken(tenantId, candidate, at)).toBeNull();
    }
    actAs(null);
    for (const [slug, candidate] of [
      [b.tenant.slug, token],
      [a.tenant.slug, newLinkToken()],
    ]) {
      expect(await answerCheckInAction(slug, answer(candidate))).toEqual({ ok: false, formError: "errors.notFound" });
      expect(await stopCheckInsAction(slug, { token: candidate })).toEqual({ ok: false, formError: "errors.notFound" });
    }
    expect(await db.followUpCheckIn.count({ where: { requestId, answeredAt: { not: null } } })).toBe(0);
  });

  it("lets the person answer and stop the check-ins from the link; an anonymised request's link is gone", async () => {
    actAs(null);
    expect(await answerCheckInAction(a.tenant.slug, answer(token, { wantsToTalk: true }))).toMatchObject({
      ok: true,
      data: { callBack: true },
    });
    expect(await stopCheckInsAction(a.tenant.slug, { token })).toMatchObject({ ok: true });
    const request = await db.installationRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request.checkInsStoppedAt).not.toBeNull();

    await db.installationRequest.update({ where: { id: requestId }, data: { anonymisedAt: new Date() } });
    expect(await findCheckInByToken(a.tenant.id, token)).toBeNull();
    await db.installationRequest.update({ where: { id: requestId }, data: { anonymisedAt: null } });

    // Anonymising keeps the scores for the indicators, not the person's words.
    const { anonymiseRequest } = await import("@/lib/requests/anonymise");
    const other = await installedRequest(a, new Date("2026-01-01T08:00:00Z"));
    const kept = await createTestCheckIn(a.tenant.id, other.id, {
      expiresAt: new Date(),
      answeredAt: new Date(),
      settledScore: 1,
      comment: "Mon adresse est 3 rue des Lilas",
    });
    await anonymiseRequest(actorOf(a, "coordinator"), other.id);
    expect(await db.followUpCheckIn.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      settledScore: 1,
      comment: "",
    });
  });

  it("lets only this tenant's staff mark the call back done, with real ids", async () => {
    const task = await db.followUpTask.findFirstOrThrow({ where: { requestId } });
    const attempts = [
      [b.coordinator, a.tenant.slug, "errors.forbidden"],
      [b.coordinator, b.tenant.slug, "errors.notFound"],
      [a.member, a.tenant.slug, "errors.forbidden"],
      [null, a.tenant.slug, "errors.signedOut"],
    ] as const;
    for (const [who, slug, refusal] of attempts) {
      actAs(who);
      expect(await completeFollowUpTaskAction(slug, { taskId: task.id })).toEqual({ ok: false, formError: refusal });
    }
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: task.id } })).doneAt).toBeNull();
    // Nor does another tenant's task list show it.
    expect((await listTasks(tenantOf(b), { kind: "all" })).some((t) => t.followUpTaskId === task.id)).toBe(false);

    actAs(a.staff);
    expect(await completeFollowUpTaskAction(a.tenant.slug, { taskId: task.id })).toMatchObject({ ok: true });
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: task.id } })).doneAt).not.toBeNull();
    expect((await listTasks(tenantOf(a), { kind: "all" })).some((t) => t.followUpTaskId === task.id)).toBe(false);
  });
});
