import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { migrateJobSchema } from "@/lib/jobs/schema";

import { freePort } from "../integration/support/ports";

export const TEMPLATE_DATABASE = "template_test";

/**
 * One throw-away PostgreSQL for the whole integration run, with a fully migrated template database;
 * each test file then clones it (tests/helpers/setup-db.ts), so files are isolated and fast.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(tmpdir(), "conciergerie-test-pg-"));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(root, "pg"),
    port: await freePort(),
    persistent: false,
    database: TEMPLATE_DATABASE,
    fast: true,
  });
  await applyMigrations(server.url);
  await migrateJobSchema(server.url);
  await closeConnections(server.serverUrl, TEMPLATE_DATABASE);
  project.provide("pgServerUrl", server.serverUrl);
  return async () => {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  };
}

/** A template database can only be copied while nobody is connected to it. */
async function closeConnections(serverUrl: string, database: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [database],
  );
  await client.end();
}

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}
