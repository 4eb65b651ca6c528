import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { createGzip } from "node:zlib";

import pg from "pg";

/**
 * Logical backup without pg_dump (the embedded package ships none, and Debian's is older than the server):
 * every table of the `public` schema, read in one REPEATABLE READ transaction (a single consistent snapshot),
 * each row as PostgreSQL's own `to_jsonb`, so types round-trip through PostgreSQL on restore. The schema is
 * not in the file: it comes from the migrations, whose names the header records.
 *
 * File: gzip of lines. `#conciergerie-backup {header}`, then per table `#table Name` followed by one JSON row
 * per line, then `#end {counts}`: a file without its end line is incomplete and refused on restore.
 */
export const BACKUP_MAGIC = "#conciergerie-backup";
export const BACKUP_VERSION = 1;

/**
 * Not data: the history is rebuilt by the migrations, heartbeats are about running processes, the counts
 * per stage are rebuilt by their triggers as the requests are restored (restoring them too would count twice).
 */
export const EXCLUDED_TABLES = new Set(["_prisma_migrations", "JobWorkerHeartbeat", "RequestStageCount"]);

export type BackupHeader = { version: number; createdAt: string; migrations: string[]; tables: string[] };
export type TableCounts = Record<string, number>;

const FETCH_SIZE = 2000;

export function datedBackupName(date = new Date()): string {
  const stamp = date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `conciergerie-${stamp}.ndjson.gz`;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables of `public`, parents before children (foreign keys), so a restore can insert them in file order. */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1",
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint con
     JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class p ON p.oid = con.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE con.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const names = tables.map((t) => t.name).filter((name) => !EXCLUDED_TABLES.has(name));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const edge of edges) if (edge.child === name && names.includes(edge.parent)) visit(edge.parent, path);
    path.delete(name);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1",
  );
  return rows.map((r) => r.name);
}

type Sink = { write: (line: string) => Promise<void>; close: () => Promise<void> };

function gzipFile(file: string): Sink {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 }); // personal data: readable by the owner only
  gzip.pipe(out);
  const finished = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    gzip.on("error", reject);
  });
  return {
    write: (line) =>
      gzip.write(`${line}\n`) ? Promise.resolve() : new Promise((resolve) => gzip.once("drain", resolve)),
    close: () => {
      gzip.end();
      return finished;
    },
  };
}

async function dumpTable(client: pg.ClientBase, table: string, sink: Sink): Promise<number> {
  await sink.write(`#table ${table}`);
  await client.query(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${quoteIdent(table)} t`,
  );
  let count = 0;
  for (;;) {
    const { rows } = await client.query<{ row: string }>(`FETCH ${FETCH_SIZE} FROM backup_rows`);
    for (const { row } of rows) await sink.write(row);
    count += rows.length;
    if (rows.length < FETCH_SIZE) break;
  }
  await client.query("CLOSE backup_rows");
  return count;
}

/** Writes a consistent backup of the database at `url` to `file` (written aside, then renamed). */
export async function writeBackup(url: string, file: string): Promise<TableCounts> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sink = gzipFile(partial);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInDependencyOrder(client);
    const header: BackupHeader = {
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      tables,
    };
    await sink.write(`${BACKUP_MAGIC} ${JSON.stringify(header)}`);
    const counts: TableCounts = {};
    for (const table of tables) counts[table] = await dumpTable(client, table, sink);
    await client.query("COMMIT");
    await sink.write(`#end ${JSON.stringify(counts)}`);
    await sink.close();
    await rename(partial, file);
    return counts;
  } catch (error) {
    await sink.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
