import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { openSchemaEngine } from "./schema-engine";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type Where = { prismaDir?: string };

async function schemaFiles(prismaDir: string) {
  const schemaPath = path.join(prismaDir, "schema.prisma");
  return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
}

/** The migrations folder, read the way Prisma's CLI hands it to the engine. */
export async function readMigrationsList({ prismaDir = PRISMA_DIR }: Where = {}) {
  const migrationsDir = path.join(prismaDir, "migrations");
  await mkdir(migrationsDir, { recursive: true });
  const entries = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: String(error) }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Applies pending migrations to a real PostgreSQL, recorded in the standard _prisma_migrations table.
 * `upTo` stops at a given history (a restore first rebuilds the schema its backup was taken with).
 */
export async function applyMigrations(url: string, where: Where & { upTo?: string[] } = {}): Promise<string[]> {
  // Our own pool, closed at the end: an idle connection left behind keeps the engine's advisory lock, and
  // the next migration run (a restore runs two) would wait for pg's 10-second idle timeout.
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const engine = await openSchemaEngine(new PrismaPg(pool));
  try {
    const migrationsList = await readMigrationsList(where);
    if (where.upTo) {
      const wanted = new Set(where.upTo);
      migrationsList.migrationDirectories = migrationsList.migrationDirectories.filter((m) => wanted.has(m.path));
    }
    const result = await engine.applyMigrations({ migrationsList: migrationsList as never, filters: NO_FILTERS });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
    await pool.end().catch(() => undefined);
  }
}

/**
 * SQL that would bring "all migrations applied to an empty database" to schema.prisma; empty when in
 * sync. The migrations are replayed into an in-memory PGlite (the WASM engine has no shadow database of
 * its own, and cannot introspect a live server through adapter-pg).
 */
export async function diffMigrationsAgainstSchema({ prismaDir = PRISMA_DIR }: Where = {}): Promise<string> {
  // The extensions the migrations create: accent-insensitive search of the network directory (pg_trgm,
  // unaccent) and the housing bookings' exclusion constraint (btree_gist).
  const pglite = new PGlite({ extensions: { pg_trgm, unaccent, btree_gist } });
  const engine = await openSchemaEngine(new PrismaPGlite(pglite));
  try {
    const migrationsList = await readMigrationsList({ prismaDir });
    if (migrationsList.migrationDirectories.length > 0) {
      await engine.applyMigrations({ migrationsList: migrationsList as never, filters: NO_FILTERS });
    }
    const files = await schemaFiles(prismaDir);
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: prismaDir },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "").trim();
  } finally {
    engine.free();
    await pglite.close();
  }
}

function timestamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema change, or nothing. */
export async function createMigration(name: string): Promise<string | null> {
  const safeName = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!safeName) throw new Error("Nom de migration manquant : npm run db:migration -- nom_de_la_migration");
  const sql = await diffMigrationsAgainstSchema();
  if (!sql) return null;
  const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${safeName}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
  const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
  const hasLock = await readFile(lockPath, "utf8").then(
    () => true,
    () => false,
  );
  if (!hasLock) {
    await writeFile(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return dir;
}
