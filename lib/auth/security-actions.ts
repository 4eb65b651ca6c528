"use server";

import { revalidatePath } from "next/cache";

import { userAction } from "@/lib/actions/user";
import { getEnv } from "@/lib/env";
import { ok } from "@/lib/forms/result";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

import {
  confirmTotpEnrolment,
  disableSecondFactor,
  regenerateRecoveryCodes,
  startTotpEnrolment,
  verifySecondFactor,
} from "./second-factor";
import { SECURITY_PATH } from "./second-factor-path";
import { ZNoInput, ZSecondFactorCode, ZSessionRef, ZVerifySecondFactor } from "./security-schemas";
import { endOtherSessions, endOwnSession } from "./sessions";

// Account security of the signed-in person (profile page /espace/securite, second-factor page). These
// are userAction: reaching them does not take the second factor, each checks what it needs itself.

export const startTotpEnrolmentAction = userAction(ZNoInput, async ({ user }) => {
  await startTotpEnrolment(user);
  revalidatePath(SECURITY_PATH);
  return ok(undefined);
});

export const confirmTotpEnrolmentAction = userAction(ZSecondFactorCode, async ({ user }, { code }) => {
  const { recoveryCodes } = await confirmTotpEnrolment(user, code);
  return ok({ recoveryCodes }, "security.enrol.done");
});

export const verifySecondFactorAction = userAction(ZVerifySecondFactor, async ({ user }, { code, callbackUrl }) => {
  const outcome = await verifySecondFactor(user, code);
  if (outcome === "ended") return { ok: false, formError: "security.errors.tooManyAttempts" };
  if (outcome === "wrong")
    return { ok: false, formError: "errors.checkFields", fieldErrors: { code: ["security.errors.wrongCode"] } };
  return ok({ redirectTo: safeRedirectPath(callbackUrl ?? "/espace", getEnv().APP_URL) });
});

export const regenerateRecoveryCodesAction = userAction(ZNoInput, async ({ user }) => {
  return ok(await regenerateRecoveryCodes(user), "security.recovery.regenerated");
});

export const disableSecondFactorAction = userAction(ZNoInput, async ({ user }) => {
  await disableSecondFactor(user);
  revalidatePath(SECURITY_PATH);
  return ok(undefined, "security.totp.disabled");
});

export const endSessionAction = userAction(ZSessionRef, async ({ user }, { sessionId }) => {
  if (sessionId === user.sessionId) return { ok: false, formError: "security.errors.useSignOut" };
  if (!(await endOwnSession(user, sessionId))) return { ok: false, formError: "errors.notFound" };
  revalidatePath(SECURITY_PATH);
  return ok(undefined, "security.sessions.ended");
});

export const endOtherSessionsAction = userAction(ZNoInput, async ({ user }) => {
  const count = await endOtherSessions(user);
  revalidatePath(SECURITY_PATH);
  return ok({ count }, "security.sessions.endedOthers");
});
