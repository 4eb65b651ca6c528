import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

import pg from "pg";

import { migrateJobSchema } from "@/lib/jobs/schema";
import { TENANT_EMAIL_MAX_ATTEMPTS, TENANT_EMAIL_TASK } from "@/lib/mail/outbox";

import { BACKUP_MAGIC, BACKUP_VERSION, quoteIdent, type BackupHeader, type TableCounts } from "./backup";
import { applyMigrations, readMigrationsList } from "./migrations";

const BATCH = 500;

export class RestoreError extends Error {
  override name = "RestoreError";
}

async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  yield* createInterface({ input, crlfDelay: Infinity });
}

function parseHeader(line: string | undefined): BackupHeader {
  if (!line?.startsWith(`${BACKUP_MAGIC} `))
    throw new RestoreError("Ce fichier n'est pas une sauvegarde Conciergerie.");
  const header = JSON.parse(line.slice(BACKUP_MAGIC.length + 1)) as BackupHeader;
  if (header.version !== BACKUP_VERSION) throw new RestoreError(`Version de sauvegarde inconnue : ${header.version}.`);
  return header;
}

async function checkMigrationsKnown(header: BackupHeader): Promise<void> {
  const known = new Set((await readMigrationsList()).migrationDirectories.map((m) => m.path));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new RestoreError(
      `Sauvegarde faite par une version plus récente (migrations inconnues : ${unknown.join(", ")}).`,
    );
  }
}

/** Empty means no table in `public`; with `replace`, the app's schemas are dropped first (as db:reset does). */
async function prepareEmptyDatabase(client: pg.Client, replace: boolean): Promise<void> {
  if (replace) {
    await client.query(
      "DROP SCHEMA IF EXISTS graphile_worker CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;",
    );
    return;
  }
  const { rows } = await client.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname IN ('public', 'graphile_worker')",
  );
  if (rows[0]!.n > 0) {
    throw new RestoreError(
      "La base cible n'est pas vide : restaurez dans une base neuve, ou ajoutez --replace pour effacer son contenu.",
    );
  }
}

async function insertRows(client: pg.Client, table: string, rows: string[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO ${quoteIdent(table)} SELECT * FROM jsonb_populate_recordset(NULL::${quoteIdent(table)}, $1::jsonb)`,
    [`[${rows.join(",")}]`],
  );
}

/** Loads the rows in one transaction: a broken or truncated file leaves the database without data. */
async function loadRows(client: pg.Client, reader: AsyncIterator<string>, header: BackupHeader): Promise<TableCounts> {
  const counts: TableCounts = {};
  let table: string | null = null;
  let batch: string[] = [];
  const flush = async () => {
    if (table) await insertRows(client, table, batch);
    batch = [];
  };
  await client.query("BEGIN");
  for (let next = await reader.next(); !next.done; next = await reader.next()) {
    const line = next.value;
    if (line.startsWith("#table ")) {
      await flush();
      table = line.slice("#table ".length);
      if (!header.tables.includes(table)) throw new RestoreError(`Table inattendue dans la sauvegarde : ${table}.`);
      counts[table] = 0;
    } else if (line.startsWith("#end ")) {
      await flush();
      const expected = JSON.parse(line.slice("#end ".length)) as TableCounts;
      if (JSON.stringify(expected) !== JSON.stringify(counts)) throw new RestoreError("Sauvegarde incohérente.");
      await client.query("COMMIT");
      return counts;
    } else if (table) {
      batch.push(line);
      counts[table]! += 1;
      if (batch.length >= BATCH) await flush();
    }
  }
  throw new RestoreError("Sauvegarde incomplète (fin du fichier manquante) : rien n'a été restauré.");
}

/** Emails still waiting when the backup was taken get their job again (jobs themselves are not saved). */
async function requeuePendingEmails(client: pg.Client): Promise<number> {
  const { rowCount } = await client.query(
    `SELECT graphile_worker.add_job($1, json_build_object('outboundEmailId', id), max_attempts => $2::int)
     FROM "OutboundEmail" WHERE status = 'PENDING'`,
    [TENANT_EMAIL_TASK, TENANT_EMAIL_MAX_ATTEMPTS],
  );
  return rowCount ?? 0;
}

/**
 * Restores a backup into an empty database: schema as of the backup (its migrations), rows, then the
 * migrations that came after it, then the jobs of emails not yet sent.
 */
export async function restoreBackup(url: string, file: string, options: { replace?: boolean } = {}) {
  const reader = lines(file)[Symbol.asyncIterator]();
  const header = parseHeader((await reader.next()).value as string | undefined);
  await checkMigrationsKnown(header);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await prepareEmptyDatabase(client, options.replace ?? false);
    await applyMigrations(url, { upTo: header.migrations });
    await migrateJobSchema(url);
    const counts = await loadRows(client, reader, header).catch(async (error) => {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    });
    // Statistics for the loaded rows, so the first pages after a restore plan as the following ones.
    await client.query("ANALYZE");
    const laterMigrations = await applyMigrations(url);
    const requeued = await requeuePendingEmails(client);
    return { header, counts, laterMigrations, requeued };
  } finally {
    await reader.return?.(undefined);
    await client.end();
  }
}
