import "server-only";

import { forbidden, redirect } from "next/navigation";

import { getCurrentUser, type CurrentUser } from "./session";

/** Pages of a signed-in person outside any tenant ("mes demandes", "mes espaces"). */
export async function requireSignedInPage(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Pages of the platform administration: the flag is re-read from the database on every request. */
export async function requirePlatformPage(): Promise<CurrentUser> {
  const user = await requireSignedInPage("/platform");
  if (!user.isPlatformAdmin) forbidden();
  return user;
}
