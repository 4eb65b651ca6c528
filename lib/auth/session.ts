import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";

import { auth } from "./index";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  isPlatformAdmin: boolean;
  /** The language the person chose: emails to them are written in it. */
  locale?: string;
};

/** The signed-in user, re-read from the database on every request (never trusted from the cookie alone). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, isPlatformAdmin: true, locale: true },
  });
});
