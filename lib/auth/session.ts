import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";

import { auth } from "./index";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  isPlatformAdmin: boolean;
  /** The database session of this request (null outside a request, e.g. in scripts). */
  sessionId: string | null;
  /** A TOTP is set up for this person. */
  secondFactorEnrolled: boolean;
  /** This session passed the second factor (read from the session row, never from the client). */
  secondFactorPassed: boolean;
};

type SessionPayload = { user?: { id?: string }; sessionId?: string | null; secondFactorPassed?: boolean } | null;

/** The signed-in user, re-read from the database on every request (never trusted from the cookie alone). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await auth()) as SessionPayload;
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, isPlatformAdmin: true, totpEnabledAt: true },
  });
  if (!user) return null;
  const { totpEnabledAt, ...rest } = user;
  return {
    ...rest,
    sessionId: session?.sessionId ?? null,
    secondFactorEnrolled: !!totpEnabledAt,
    secondFactorPassed: !!totpEnabledAt && !!session?.secondFactorPassed,
  };
});
