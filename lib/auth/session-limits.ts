// Staff sessions (staff, coordinators, the platform administrator) end after an idle time and an
// absolute time; members keep Auth.js's long sessions (30 days, renewed on use).
export const STAFF_IDLE_MINUTES = 120;
export const STAFF_ABSOLUTE_HOURS = 12;
/** lastSeenAt is written at most this often, so a page view is not a write. */
export const LAST_SEEN_WRITE_SECONDS = 60;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date };

/** Why a session must end now, or null if it may go on. Pure, unit-tested. */
export function sessionLimitReached(
  session: SessionTimes,
  isStaff: boolean,
  now: Date = new Date(),
): "idle" | "absolute" | null {
  if (!isStaff) return null;
  if (now.getTime() - session.createdAt.getTime() >= STAFF_ABSOLUTE_HOURS * 3600_000) return "absolute";
  if (now.getTime() - session.lastSeenAt.getTime() >= STAFF_IDLE_MINUTES * 60_000) return "idle";
  return null;
}

export function lastSeenDue(session: SessionTimes, now: Date = new Date()): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_WRITE_SECONDS * 1000;
}
