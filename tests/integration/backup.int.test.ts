import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { db } from "@/lib/db";
import { EXCLUDED_TABLES } from "@/lib/db/backup";
import { restoreBackup } from "@/lib/db/restore";
import { requireDatabaseUrl } from "@/lib/env";
import { queueTenantEmail } from "@/lib/mail/outbox";

import { seedDemo } from "../../prisma/seed/demo";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
let dir: string;

/** The npm scripts themselves (`npm run db:backup` / `db:restore` run this file). */
const dbScript = (args: string[], url: string) =>
  run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });

async function emptyDatabase(): Promise<string> {
  const name = `restore_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: inject("pgServerUrl") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
  await admin.end();
  const url = new URL(inject("pgServerUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Row count, a checksum of every row, and a sample of rows, for each data table. */
async function snapshot(url: string) {
  const tables = await query<{ name: string }>(
    url,
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
  );
  const result: Record<string, { count: number; checksum: string; sample: string[] }> = {};
  for (const { name } of tables.filter((t) => !EXCLUDED_TABLES.has(t.name))) {
    const [stats] = await query<{ count: number; checksum: string }>(
      url,
      `SELECT count(*)::int AS count, md5(coalesce(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text), '')) AS checksum FROM "${name}" t`,
    );
    const sample = await query<{ row: string }>(
      url,
      `SELECT to_jsonb(t)::text AS row FROM "${name}" t ORDER BY md5(to_jsonb(t)::text) LIMIT 3`,
    );
    result[name] = { ...stats!, sample: sample.map((r) => r.row) };
  }
  return result;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "conciergerie-backup-"));
  await seedDemo(db);
  await db.$transaction(async (tx) => {
    const tenant = await tx.tenant.findFirstOrThrow({ select: { id: true } });
    const mail = { to: "attente@exemple.test", subject: "En attente", text: "Bonjour", html: "<p>Bonjour</p>" };
    await queueTenantEmail(tx, { tenantId: tenant.id, kind: "test", ...mail });
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores the demo data into a fresh database, table by table and row by row", async () => {
    const source = requireDatabaseUrl();
    const file = path.join(dir, "demo.ndjson.gz");
    const backedUp = await dbScript(["backup", file], source);
    expect(backedUp.stdout).toMatch(/Sauvegarde écrite/);

    const target = await emptyDatabase();
    const restored = await dbScript(["restore", file], target);
    expect(restored.stdout).toMatch(/Restauré/);

    const [before, after] = [await snapshot(source), await snapshot(target)];
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before.Membership!.count).toBeGreaterThan(5);
    expect(after).toEqual(before);

    // Jobs are not in the file: the emails still waiting get theirs back.
    const pending = await db.outboundEmail.count({ where: { status: "PENDING" } });
    const [jobs] = await query<{ n: number }>(target, "SELECT count(*)::int AS n FROM graphile_worker._private_jobs");
    expect(pending).toBeGreaterThan(0);
    expect(jobs!.n).toBe(pending);
  });

  it("refuses a database that is not empty, and a truncated file, without writing anything", async () => {
    const file = path.join(dir, "second.ndjson.gz");
    await dbScript(["backup", file], requireDatabaseUrl());
    await expect(restoreBackup(requireDatabaseUrl(), file)).rejects.toThrow(/pas vide/);
    await expect(dbScript(["restore", file], requireDatabaseUrl())).rejects.toMatchObject({
      stderr: expect.stringMatching(/^La base cible n'est pas vide/),
    });

    const lines = gunzipSync(await readFile(file))
      .toString()
      .split("\n");
    const truncated = path.join(dir, "truncated.ndjson.gz");
    await writeFile(truncated, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));
    const target = await emptyDatabase();
    await expect(restoreBackup(target, truncated)).rejects.toThrow(/incomplète/);
    const [users] = await query<{ n: number }>(target, 'SELECT count(*)::int AS n FROM "User"');
    expect(users!.n).toBe(0);
  });
});
