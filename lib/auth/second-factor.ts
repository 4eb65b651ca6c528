import "server-only";

import { createHash, randomBytes } from "node:crypto";

import QRCode from "qrcode";

import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";

import { openSecret, sealSecret } from "./secret-box";
import type { CurrentUser } from "./session";
import { base32Encode, matchTotp, newTotpSecret, otpauthUri } from "./totp";

export const RECOVERY_CODE_COUNT = 10;
/** Wrong codes a session may type before it is ended (the person signs in again by email). */
export const SECOND_FACTOR_MAX_FAILURES = 5;
const ISSUER = "Conciergerie CPTS";

/** Recovery codes are 50 random bits, shown as XXXXX-XXXXX; only their SHA-256 hash is kept. */
function newRecoveryCode(): string {
  const text = base32Encode(randomBytes(7)).slice(0, 10);
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(code.toUpperCase().replace(/[^A-Z2-7]/g, ""))
    .digest("hex");
}

function openOrNull(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return openSecret(sealed);
  } catch {
    // SECOND_FACTOR_SECRET changed: the stored secret is unreadable; recovery codes still work.
    return null;
  }
}

/** Replacing a second factor that exists takes the second factor first. */
function assertMayChange(user: CurrentUser) {
  if (user.secondFactorEnrolled && !user.secondFactorPassed) throw new ActionError("security.errors.passFirst");
}

export async function startTotpEnrolment(user: CurrentUser): Promise<void> {
  assertMayChange(user);
  await db.user.update({ where: { id: user.id }, data: { totpPendingSecret: sealSecret(newTotpSecret()) } });
}

/**
 * What the enrolment form shows: the key to type, the otpauth:// URI, and that URI as a QR code (an SVG data
 * URI drawn on the server, so no QR library reaches the browser), or null if none is pending.
 */
export async function pendingEnrolment(user: { id: string; email: string }) {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpPendingSecret: true } });
  const secret = openOrNull(row?.totpPendingSecret ?? null);
  if (!secret) return null;
  const uri = otpauthUri({ secret, account: user.email, issuer: ISSUER });
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return {
    secret: secret.replace(/(.{4})/g, "$1 ").trim(),
    uri,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

async function replaceRecoveryCodes(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], userId: string) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/**
 * The first code from the app proves the key was copied: the pending secret becomes the second factor,
 * new recovery codes are made (shown once), and this session counts as having passed it.
 */
export async function confirmTotpEnrolment(user: CurrentUser, code: string): Promise<{ recoveryCodes: string[] }> {
  assertMayChange(user);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const row = await tx.user.findUnique({ where: { id: user.id }, select: { totpPendingSecret: true } });
    const pending = openOrNull(row?.totpPendingSecret ?? null);
    if (!pending) throw new ActionError("security.errors.noPendingEnrolment");
    const step = matchTotp(pending, code);
    if (step === null) throw new ActionError("security.errors.wrongCode", "code");
    const now = new Date();
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: sealSecret(pending), totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    // Another browser's session that passed the old second factor passes it no longer.
    await tx.session.updateMany({ where: { userId: user.id }, data: { secondFactorAt: null } });
    if (user.sessionId) {
      await tx.session.updateMany({
        where: { id: user.sessionId, userId: user.id },
        data: { secondFactorAt: now, secondFactorFailures: 0 },
      });
    }
    return { recoveryCodes: await replaceRecoveryCodes(tx, user.id) };
  });
}

type VerifyOutcome = "passed" | "wrong" | "ended";

/**
 * A code from the app (each time step accepted once) or an unused recovery code. Wrong codes are
 * counted on the session; the fifth ends it.
 */
export async function verifySecondFactor(user: CurrentUser, code: string): Promise<VerifyOutcome> {
  if (!user.sessionId || !user.secondFactorEnrolled) return "ended";
  const sessionId = user.sessionId;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const session = await tx.session.findFirst({
      where: { id: sessionId, userId: user.id },
      select: { secondFactorFailures: true },
    });
    if (!session) return "ended";
    const row = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpSecret: true, totpLastStep: true },
    });
    const secret = openOrNull(row.totpSecret);
    const step = secret ? matchTotp(secret, code, { lastStep: row.totpLastStep }) : null;
    let passed = step !== null;
    if (step !== null) await tx.user.update({ where: { id: user.id }, data: { totpLastStep: step } });
    else {
      const used = await tx.recoveryCode.updateMany({
        where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
        data: { usedAt: new Date() },
      });
      passed = used.count === 1;
    }
    if (passed) {
      await tx.session.update({
        where: { id: sessionId },
        data: { secondFactorAt: new Date(), secondFactorFailures: 0 },
      });
      return "passed";
    }
    if (session.secondFactorFailures + 1 >= SECOND_FACTOR_MAX_FAILURES) {
      await tx.session.delete({ where: { id: sessionId } });
      return "ended";
    }
    await tx.session.update({ where: { id: sessionId }, data: { secondFactorFailures: { increment: 1 } } });
    return "wrong";
  });
}

/** New recovery codes (the old ones stop working), from a session that passed the second factor. */
export async function regenerateRecoveryCodes(user: CurrentUser): Promise<{ recoveryCodes: string[] }> {
  if (!user.secondFactorPassed) throw new ActionError("security.errors.passFirst");
  return db.$transaction(async (tx) => ({ recoveryCodes: await replaceRecoveryCodes(tx, user.id) }));
}

/** Turning the second factor off takes it first; the platform administrator cannot go without. */
export async function disableSecondFactor(user: CurrentUser): Promise<void> {
  if (!user.secondFactorPassed) throw new ActionError("security.errors.passFirst");
  if (user.isPlatformAdmin) throw new ActionError("security.errors.requiredForYou");
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.session.updateMany({ where: { userId: user.id }, data: { secondFactorAt: null } });
  });
}

export async function unusedRecoveryCodeCount(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
