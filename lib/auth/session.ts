import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { auth } from "./index";
import type { Space } from "./spaces";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  isPlatformAdmin: boolean;
  /** The language the person chose: emails to them are written in it. */
  locale?: string;
  /** The database session of this request (null outside a request, e.g. in scripts). */
  sessionId: string | null;
  /** A TOTP is set up for this person. */
  secondFactorEnrolled: boolean;
  /** This session passed the second factor (read from the session row, never from the client). */
  secondFactorPassed: boolean;
};

type SessionUser = {
  id?: string;
  email?: string | null;
  name?: string | null;
  isPlatformAdmin?: boolean;
  locale?: string;
  spaces?: Space[];
  secondFactorEnrolled?: boolean;
};
type SessionPayload = { user?: SessionUser; sessionId?: string | null; secondFactorPassed?: boolean } | null;

/**
 * The session, re-read from the database on every request (never trusted from the cookie alone): the
 * adapter reads the session, its user and the user's spaces in one statement.
 */
const currentSession = cache(async (): Promise<{ user: CurrentUser; spaces: Space[] } | null> => {
  if (!(await hasSessionCookie())) return null;
  const session = (await auth()) as SessionPayload;
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  const secondFactorEnrolled = user.secondFactorEnrolled ?? false;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name ?? null,
      isPlatformAdmin: user.isPlatformAdmin ?? false,
      locale: user.locale ?? "fr",
      sessionId: session?.sessionId ?? null,
      secondFactorEnrolled,
      secondFactorPassed: secondFactorEnrolled && !!session?.secondFactorPassed,
    },
    spaces: user.spaces ?? [],
  };
});

// Auth.js's session cookie (lib/auth/config.ts: default names, "__Secure-" on https).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Without a session cookie there is no session: Auth.js is not run at all for an anonymous visitor (each
 * call builds its whole request state, a CSRF token with a random value and a SHA-256 hash included: about
 * a tenth of the CPU of a public page, issue 11).
 */
async function hasSessionCookie(): Promise<boolean> {
  const store = await cookies();
  return SESSION_COOKIES.some((name) => !!store.get(name)?.value);
}

/** The signed-in user. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await currentSession())?.user ?? null);

/** The signed-in user's active memberships, for the navigation (each page still runs the guard). */
export const getCurrentSpaces = cache(async (): Promise<Space[]> => (await currentSession())?.spaces ?? []);
