import pg from "pg";

import { requireDatabaseUrl } from "@/lib/env";

// Socket errors, Prisma's "cannot reach / connection closed / pool timeout", and PostgreSQL's connection
// exceptions (class 08) and shutdown states (57P01 admin shutdown, 57P02 crash, 57P03 cannot connect now).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EAI_AGAIN",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "57P01",
  "57P02",
  "57P03",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|is not queryable|ECONNREFUSED|ECONNRESET|Can't reach database|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Server has closed the connection|timeout exceeded when trying to connect/i;

/** True when an error means "the database cannot be reached right now", whatever layer wrapped it. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current);) {
    seen.add(current);
    const e = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === "string" && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith("08"))) return true;
    if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

type Probe = { url: string; pool: pg.Pool; reachable: boolean; checkedAt: number; pending: Promise<boolean> | null };
const globalForProbe = globalThis as unknown as { __conciergerieProbe?: Probe };

function probe(): Probe {
  const url = requireDatabaseUrl();
  const cached = globalForProbe.__conciergerieProbe;
  if (cached?.url === url) return cached;
  void cached?.pool.end().catch(() => undefined);
  // One connection of its own, short timeouts: a check must answer quickly even when the network drops packets.
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2_000, query_timeout: 2_000 });
  pool.on("error", () => undefined); // the server went away: the next check reconnects
  const created: Probe = { url, pool, reachable: true, checkedAt: 0, pending: null };
  globalForProbe.__conciergerieProbe = created;
  return created;
}

async function check(state: Probe): Promise<boolean> {
  try {
    await state.pool.query("SELECT 1");
    state.reachable = true;
  } catch {
    state.reachable = false;
  }
  state.checkedAt = Date.now();
  return state.reachable;
}

/**
 * Whether the database answers, checked at most once per `maxAgeMs` (concurrent callers share the check),
 * so pages learn of an outage, and of the recovery, within about a second.
 */
export async function databaseReachable({ maxAgeMs = 1_000 } = {}): Promise<boolean> {
  const state = probe();
  if (Date.now() - state.checkedAt < maxAgeMs) return state.reachable;
  state.pending ??= check(state).finally(() => (state.pending = null));
  return state.pending;
}

/** A request just failed for want of a database: the next pages answer 503 without waiting for a check. */
export function reportDatabaseUnavailable(): void {
  const state = probe();
  state.reachable = false;
  state.checkedAt = Date.now();
}
