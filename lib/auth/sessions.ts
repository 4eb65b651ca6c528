import "server-only";

import { db } from "@/lib/db";

import type { CurrentUser } from "./session";

/** The person's open sessions, newest activity first, for the profile. */
export async function listOwnSessions(userId: string) {
  return db.session.findMany({
    where: { userId, expires: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, secondFactorAt: true },
    take: 50,
  });
}

/** Ends one of the person's own sessions (another person's id changes nothing). */
export async function endOwnSession(user: CurrentUser, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId: user.id } });
  return count === 1;
}

/** Ends every session of the person except the one making the request. */
export async function endOtherSessions(user: CurrentUser): Promise<number> {
  if (!user.sessionId) return 0;
  const { count } = await db.session.deleteMany({
    where: { userId: user.id, id: { not: user.sessionId } },
  });
  return count;
}
