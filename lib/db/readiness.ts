import "server-only";

import { readdir } from "node:fs/promises";
import path from "node:path";

import { db } from "@/lib/db";

import { databaseReachable } from "./availability";

export type Readiness = { ready: boolean; database: "up" | "down"; pendingMigrations: string[] };

/** Migrations shipped with this build (prisma/migrations) that the database has not recorded as applied. */
async function pendingMigrations(): Promise<string[]> {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const shipped = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const [history] = await db.$queryRaw<
    { ok: boolean }[]
  >`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok`;
  const applied = history?.ok
    ? await db.$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
    : [];
  const done = new Set(applied.map((m) => m.name));
  const jobs = await db.$queryRaw<
    { ok: boolean }[]
  >`SELECT to_regclass('graphile_worker._private_jobs') IS NOT NULL AS ok`;
  return [...shipped.filter((name) => !done.has(name)).sort(), ...(jobs[0]?.ok ? [] : ["graphile_worker"])];
}

/** For a load balancer or an orchestrator: send traffic only when the database answers and is up to date. */
export async function readiness(): Promise<Readiness> {
  if (!(await databaseReachable({ maxAgeMs: 0 }))) return { ready: false, database: "down", pendingMigrations: [] };
  try {
    const pending = await pendingMigrations();
    return { ready: pending.length === 0, database: "up", pendingMigrations: pending };
  } catch {
    return { ready: false, database: "down", pendingMigrations: [] };
  }
}
