import { randomBytes } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { actAs } from "./support/act-as";
import { createTestTenant, createUser, type TestTenant } from "./support/factories";

// Staff sessions end after 2 hours idle or 12 hours in all; members keep long sessions. Every person
// sees their sessions in the profile and ends them; nobody ends another person's.

const { authAdapter } = await import("@/lib/auth/adapter");
const { authConfig } = await import("@/lib/auth/config");
const { db } = await import("@/lib/db");
const { endOtherSessionsAction, endSessionAction } = await import("@/lib/auth/security-actions");

let a: TestTenant;
let b: TestTenant;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

async function openSession(userId: string, times: { createdAt?: Date; lastSeenAt?: Date } = {}) {
  const sessionToken = randomBytes(32).toString("hex");
  const row = await db.session.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + 30 * 24 * 3600_000), ...times },
    select: { id: true, sessionToken: true },
  });
  return row;
}

beforeAll(async () => {
  a = await createTestTenant("ssa");
  b = await createTestTenant("ssb");
});
beforeEach(() => actAs(null));

describe("staff session limits", () => {
  const adapter = authAdapter();

  it("end a staff or coordinator session idle for 2 hours, and delete it", async () => {
    for (const person of [a.staff, a.coordinator]) {
      const session = await openSession(person.id, { createdAt: hoursAgo(3), lastSeenAt: hoursAgo(2.1) });
      expect(await adapter.getSessionAndUser!(session.sessionToken)).toBeNull();
      expect(await db.session.count({ where: { id: session.id } })).toBe(0);
    }
  });

  it("end a staff session 12 hours after sign-in, however active", async () => {
    const session = await openSession(a.staff.id, { createdAt: hoursAgo(12.1), lastSeenAt: new Date() });
    expect(await adapter.getSessionAndUser!(session.sessionToken)).toBeNull();
    expect(await db.session.count({ where: { id: session.id } })).toBe(0);
  });

  it("apply to the platform administrator, who has no membership", async () => {
    const admin = await db.user.create({
      data: { email: `pa-${randomBytes(4).toString("hex")}@exemple.test`, isPlatformAdmin: true },
    });
    const session = await openSession(admin.id, { createdAt: hoursAgo(13), lastSeenAt: new Date() });
    expect(await adapter.getSessionAndUser!(session.sessionToken)).toBeNull();
  });

  it("leave a member's long session alone", async () => {
    const session = await openSession(a.member.id, { createdAt: hoursAgo(24 * 10), lastSeenAt: hoursAgo(24 * 3) });
    expect(await adapter.getSessionAndUser!(session.sessionToken)).toMatchObject({ user: { id: a.member.id } });
  });

  it("keep an active staff session and record its activity (at most once a minute)", async () => {
    const session = await openSession(a.staff.id, { createdAt: hoursAgo(1), lastSeenAt: hoursAgo(1) });
    expect(await adapter.getSessionAndUser!(session.sessionToken)).toMatchObject({ user: { id: a.staff.id } });
    const seen = (await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt;
    expect(Date.now() - seen.getTime()).toBeLessThan(60_000);
  });

  it("never give the session token to the browser through /api/auth/session", async () => {
    const session = await openSession(a.staff.id);
    const found = await authAdapter().getSessionAndUser!(session.sessionToken);
    const payload = await authConfig().callbacks!.session!({
      session: { ...found!.session, user: found!.user },
      user: found!.user,
    } as never);
    expect(JSON.stringify(payload)).not.toContain(session.sessionToken);
    expect(payload).toMatchObject({ user: { id: a.staff.id }, sessionId: session.id, secondFactorPassed: false });
  });
});

describe("sessions in the profile", () => {
  it("end one of one's own sessions, never another person's", async () => {
    const current = await openSession(a.staff.id);
    const other = await openSession(a.staff.id);
    const someoneElses = await openSession(b.staff.id);
    actAs({ ...a.staff, sessionId: current.id });
    expect(await endSessionAction({ sessionId: someoneElses.id })).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await db.session.count({ where: { id: someoneElses.id } })).toBe(1);
    expect(await endSessionAction({ sessionId: current.id })).toEqual({
      ok: false,
      formError: "security.errors.useSignOut",
    });
    expect(await endSessionAction({ sessionId: other.id })).toMatchObject({ ok: true });
    expect(await db.session.count({ where: { id: other.id } })).toBe(0);
    actAs(null);
    expect(await endSessionAction({ sessionId: current.id })).toEqual({ ok: false, formError: "errors.signedOut" });
    expect(await db.session.count({ where: { id: current.id } })).toBe(1);
  });

  it("end all the other sessions, keeping the current one and other people's", async () => {
    const user = await createUser();
    const current = await openSession(user.id);
    await openSession(user.id);
    await openSession(user.id);
    const someoneElses = await openSession(a.member.id);
    actAs({ ...user, sessionId: current.id });
    expect(await endOtherSessionsAction({})).toMatchObject({ ok: true, data: { count: 2 } });
    expect(await db.session.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([
      { id: current.id },
    ]);
    expect(await db.session.count({ where: { id: someoneElses.id } })).toBe(1);
  });
});
