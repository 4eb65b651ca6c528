import "server-only";

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
};

type SessionUser = {
  id?: string;
  email?: string | null;
  name?: string | null;
  isPlatformAdmin?: boolean;
  locale?: string;
  spaces?: Space[];
};

/**
 * The session, re-read from the database on every request (never trusted from the cookie alone): the
 * adapter reads the session, its user and the user's spaces in one statement.
 */
const currentSession = cache(async (): Promise<{ user: CurrentUser; spaces: Space[] } | null> => {
  const session = await auth();
  const user = session?.user as SessionUser | undefined;
  if (!user?.id || !user.email) return null;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name ?? null,
      isPlatformAdmin: user.isPlatformAdmin ?? false,
      locale: user.locale ?? "fr",
    },
    spaces: user.spaces ?? [],
  };
});

/** The signed-in user. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await currentSession())?.user ?? null);

/** The signed-in user's active memberships, for the navigation (each page still runs the guard). */
export const getCurrentSpaces = cache(async (): Promise<Space[]> => (await currentSession())?.spaces ?? []);
