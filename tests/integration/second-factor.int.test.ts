import { randomBytes } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { actAs } from "./support/act-as";
import { asCurrentUser, createTestTenant, createUser } from "./support/factories";

// Staff second factor: TOTP with hashed recovery codes, the secret encrypted at rest; a coordinator can
// require it of the tenant's staff; the platform administrator always needs it. Enforced on the server.

const { openSecret } = await import("@/lib/auth/secret-box");
const { pendingEnrolment } = await import("@/lib/auth/second-factor");
const { base32Decode, hotp, totpAt, totpStep } = await import("@/lib/auth/totp");
const { db } = await import("@/lib/db");
const { resolveAccessFor } = await import("@/lib/tenancy/guard");
type TenantSummary = import("@/lib/tenancy/guard").TenantSummary;
const security = await import("@/lib/auth/security-actions");
const { requireStaffSecondFactorAction } = await import("@/lib/auth/tenant-security-actions");
const { createTenantAction } = await import("@/lib/platform/actions");
const { saveTenantSettingsAction: saveTenantSettings } = await import("@/lib/settings/actions");

async function openSession(userId: string) {
  return db.session.create({
    data: { sessionToken: randomBytes(32).toString("hex"), userId, expires: new Date(Date.now() + 3600_000) },
    select: { id: true },
  });
}

/** Enrols a person through the actions, as the profile page does; returns the base32 secret and codes. */
async function enrol(person: { id: string; email: string }, sessionId: string) {
  actAs({ ...person, sessionId, secondFactorEnrolled: false, secondFactorPassed: false });
  expect(await security.startTotpEnrolmentAction({})).toMatchObject({ ok: true });
  const row = await db.user.findUniqueOrThrow({ where: { id: person.id } });
  const secret = openSecret(row.totpPendingSecret!);
  // A code of the step after next is not a code of now: refused, nothing enabled.
  const wrong = hotp(base32Decode(secret), totpStep() + 5);
  expect(await security.confirmTotpEnrolmentAction({ code: wrong })).toMatchObject({
    ok: false,
    fieldErrors: { code: ["security.errors.wrongCode"] },
  });
  expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).totpEnabledAt).toBeNull();
  const code = totpAt(secret);
  const result = await security.confirmTotpEnrolmentAction({ code });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { secret, code, recoveryCodes: (result.data as { recoveryCodes: string[] }).recoveryCodes };
}

beforeEach(() => actAs(null));

describe("TOTP enrolment", () => {
  it("keeps the secret encrypted and only hashes of the recovery codes, and passes the enrolling session", async () => {
    const user = await createUser();
    const session = await openSession(user.id);
    const { secret, recoveryCodes } = await enrol(user, session.id);
    expect(recoveryCodes).toHaveLength(10);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpPendingSecret).toBeNull();
    expect(row.totpSecret).not.toContain(secret);
    expect(openSecret(row.totpSecret!)).toBe(secret);
    const stored = JSON.stringify(await db.recoveryCode.findMany({ where: { userId: user.id } }));
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace("-", ""));
    }
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).secondFactorAt).not.toBeNull();
  });

  it("shows the pending key as text, as an otpauth URI and as a QR code drawn on the server", async () => {
    const user = await createUser();
    const session = await openSession(user.id);
    actAs({ ...user, sessionId: session.id, secondFactorEnrolled: false, secondFactorPassed: false });
    expect(await pendingEnrolment(user)).toBeNull();
    expect(await security.startTotpEnrolmentAction({})).toMatchObject({ ok: true });
    const pending = (await pendingEnrolment(user))!;
    const secret = openSecret((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpPendingSecret!);
    expect(pending.secret.replace(/\s/g, "")).toBe(secret);
    expect(pending.uri).toContain(`secret=${secret}`);
    const [prefix, base64] = pending.qrCode.split(",");
    expect(prefix).toBe("data:image/svg+xml;base64");
    const svg = Buffer.from(base64, "base64").toString("utf8");
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).toMatch(/<path [^>]*d="M[^"]{200,}"/);
  });

  it("does not let a session that has not passed the current second factor replace or remove it", async () => {
    const user = await createUser();
    const first = await openSession(user.id);
    await enrol(user, first.id);
    const second = await openSession(user.id);
    actAs({ ...user, sessionId: second.id, secondFactorEnrolled: true, secondFactorPassed: false });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await security.startTotpEnrolmentAction({})).toEqual({ ok: false, formError: "security.errors.passFirst" });
    expect(await security.disableSecondFactorAction({})).toEqual({ ok: false, formError: "security.errors.passFirst" });
    expect(await security.regenerateRecoveryCodesAction({})).toEqual({
      ok: false,
      formError: "security.errors.passFirst",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });
});

describe("the second-factor check", () => {
  it("accepts a code once, a recovery code once, and ends the session after 5 wrong codes", async () => {
    const user = await createUser();
    const { secret, code: enrolmentCode, recoveryCodes } = await enrol(user, (await openSession(user.id)).id);
    const session = await openSession(user.id);
    actAs({ ...user, sessionId: session.id, secondFactorEnrolled: true, secondFactorPassed: false });
    const passed = async () => !!(await db.session.findUniqueOrThrow({ where: { id: session.id } })).secondFactorAt;

    // The code used at enrolment cannot be replayed.
    // (The very code typed then: a new 30-second step may have begun since.)
    expect(await security.verifySecondFactorAction({ code: enrolmentCode })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["security.errors.wrongCode"] },
    });
    expect(await passed()).toBe(false);
    const next = hotp(base32Decode(secret), totpStep() + 1);
    expect(await security.verifySecondFactorAction({ code: next, callbackUrl: "https://evil.example/x" })).toEqual({
      ok: true,
      data: { redirectTo: "/" },
      messageKey: undefined,
    });
    expect(await passed()).toBe(true);

    const other = await openSession(user.id);
    actAs({ ...user, sessionId: other.id, secondFactorEnrolled: true, secondFactorPassed: false });
    expect(await security.verifySecondFactorAction({ code: next })).toMatchObject({ ok: false });
    expect(
      await security.verifySecondFactorAction({ code: recoveryCodes[0].toLowerCase(), callbackUrl: "/platform" }),
    ).toMatchObject({
      ok: true,
      data: { redirectTo: "/platform" },
    });
    const third = await openSession(user.id);
    actAs({ ...user, sessionId: third.id, secondFactorEnrolled: true, secondFactorPassed: false });
    expect(await security.verifySecondFactorAction({ code: recoveryCodes[0] })).toMatchObject({ ok: false });
    // The replayed recovery code was the first wrong code of this session.
    for (let i = 0; i < 3; i++)
      expect(await security.verifySecondFactorAction({ code: "000000" })).toMatchObject({
        fieldErrors: { code: ["security.errors.wrongCode"] },
      });
    expect(await security.verifySecondFactorAction({ code: "000000" })).toEqual({
      ok: false,
      formError: "security.errors.tooManyAttempts",
    });
    expect(await db.session.count({ where: { id: third.id } })).toBe(0);
  });
});

describe("where the second factor is required", () => {
  it("holds a tenant's staff who have not passed it away from private pages and actions, members untouched", async () => {
    const t = await createTestTenant("2fa-req");
    const tenant = (await db.tenant.findUniqueOrThrow({ where: { id: t.tenant.id } })) as unknown as TenantSummary;
    const notPassed = (p: typeof t.staff) => ({ ...asCurrentUser(p), secondFactorPassed: false });
    const kind = async (user: ReturnType<typeof notPassed>, tenantRow = tenant) =>
      (await resolveAccessFor(tenantRow, user, "admin.view")).decision.kind;
    // Not required yet: staff go in without it.
    expect(await kind(notPassed(t.staff))).toBe("allow");

    // Only a coordinator who has passed it may require it.
    actAs({ ...t.staff });
    expect(await requireStaffSecondFactorAction(t.tenant.slug, { required: true })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    actAs({ ...t.coordinator, secondFactorPassed: false, secondFactorEnrolled: false });
    expect(await requireStaffSecondFactorAction(t.tenant.slug, { required: true })).toEqual({
      ok: false,
      formError: "security.errors.enrolYourselfFirst",
    });
    expect((await db.tenant.findUniqueOrThrow({ where: { id: t.tenant.id } })).requireStaffSecondFactor).toBe(false);
    actAs({ ...t.coordinator });
    expect(await requireStaffSecondFactorAction(t.tenant.slug, { required: true })).toMatchObject({ ok: true });
    const required = { ...tenant, requireStaffSecondFactor: true };

    expect(await kind(notPassed(t.staff), required)).toBe("second_factor");
    expect(await kind(notPassed(t.coordinator), required)).toBe("second_factor");
    expect(await kind(asCurrentUser(t.staff), required)).toBe("allow");
    expect((await resolveAccessFor(required, notPassed(t.member), "portal.view")).decision.kind).toBe("allow");

    // A staff action refused without a change.
    const before = await db.tenant.findUniqueOrThrow({ where: { id: t.tenant.id } });
    actAs({ ...t.coordinator, secondFactorPassed: false });
    expect(
      await saveTenantSettings(t.tenant.slug, {
        firstResponseDays: 9,
        referencePrefix: "XX",
        welcomeText: "",
        commitmentText: "Nous nous engageons à répondre.",
      }),
    ).toEqual({ ok: false, formError: "security.errors.secondFactorRequired" });
    expect(await db.tenant.findUniqueOrThrow({ where: { id: t.tenant.id } })).toEqual(before);
  });

  it("always holds the platform administrator", async () => {
    const admin = await createUser();
    const input = {
      name: "CPTS Deux Facteurs",
      slug: `cpts-2fa-${randomBytes(3).toString("hex")}`,
      region: "Bretagne",
      timeZone: "Europe/Paris",
      contactEmail: "contact@exemple.test",
      coordinatorEmail: "coord@exemple.test",
    };
    actAs({ ...admin, isPlatformAdmin: true, secondFactorPassed: false, secondFactorEnrolled: true });
    expect(await createTenantAction(input)).toEqual({ ok: false, formError: "security.errors.secondFactorRequired" });
    expect(await db.tenant.count({ where: { slug: input.slug } })).toBe(0);
    actAs({ ...admin, isPlatformAdmin: true });
    expect(await createTenantAction(input)).toMatchObject({ ok: true });
    // Nor can the platform administrator turn it off.
    actAs({ ...admin, isPlatformAdmin: true });
    expect(await security.disableSecondFactorAction({})).toEqual({
      ok: false,
      formError: "security.errors.requiredForYou",
    });
  });
});
