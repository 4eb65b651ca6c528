import "server-only";

import { forbidden, redirect } from "next/navigation";

import { secondFactorPath } from "./second-factor-path";
import { getCurrentUser, type CurrentUser } from "./session";

/** Pages of a signed-in person outside any tenant ("mes demandes", "mes espaces"). */
export async function requireSignedInPage(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Pages of the platform administration: the flag is re-read from the database on every request, and
 * the platform administrator always needs the second factor (set up first if there is none yet).
 */
export async function requirePlatformPage(returnTo = "/platform"): Promise<CurrentUser> {
  const user = await requireSignedInPage(returnTo);
  if (!user.isPlatformAdmin) forbidden();
  if (!user.secondFactorPassed) redirect(secondFactorPath(returnTo));
  return user;
}
