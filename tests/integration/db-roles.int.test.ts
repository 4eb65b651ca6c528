import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { APP_ROLE, databaseUrl, secretsFileFor, startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";

import { freePort } from "./support/ports";

// The embedded PostgreSQL (issue 10, §5): random passwords in a file only its owner reads, and the app
// connects as a role that is not a superuser and cannot change the schema.

let root: string;
let server: RunningPostgres;
let dataDir: string;

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "conciergerie-roles-"));
  dataDir = path.join(root, "pg");
  server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true, fast: true });
  // A table made by a later migration (as the owner): the app's rights come with it.
  await query(server.url, `CREATE TABLE "Thing" (id serial PRIMARY KEY, label text NOT NULL)`);
});

afterAll(async () => {
  await server?.stop();
  await rm(root, { recursive: true, force: true });
});

describe("the embedded PostgreSQL", () => {
  it("keeps random passwords in a file readable by its owner only, and refuses the old fixed one", async () => {
    const file = secretsFileFor(dataDir);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(server.url).not.toContain(":postgres@");
    await expect(query(databaseUrl(server.port, "conciergerie"), "SELECT 1")).rejects.toMatchObject({ code: "28P01" });
  });

  it("lets the app's role read and write rows, not change the schema nor act as a superuser", async () => {
    expect(server.appUrl).toContain(`${APP_ROLE}:`);
    const role = await query(
      server.url,
      `SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = '${APP_ROLE}'`,
    );
    expect(role.rows).toEqual([{ rolsuper: false, rolcreatedb: false, rolcreaterole: false }]);
    await query(server.appUrl, `INSERT INTO "Thing" (label) VALUES ('a')`);
    expect((await query(server.appUrl, `UPDATE "Thing" SET label = 'b' RETURNING label`)).rows).toEqual([
      { label: "b" },
    ]);
    for (const sql of [
      `CREATE TABLE "Other" (id int)`,
      `DROP TABLE "Thing"`,
      `ALTER TABLE "Thing" ADD COLUMN x int`,
      `CREATE DATABASE other`,
      `ALTER ROLE ${APP_ROLE} SUPERUSER`,
      `COPY "Thing" TO PROGRAM 'true'`,
    ])
      await expect(query(server.appUrl, sql), sql).rejects.toMatchObject({ code: "42501" });
  });

  it("keeps its passwords across restarts", async () => {
    const before = { url: server.url, appUrl: server.appUrl };
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir, port: server.port, persistent: true, fast: true });
    expect({ url: server.url, appUrl: server.appUrl }).toEqual(before);
    expect((await query(server.appUrl, `SELECT label FROM "Thing"`)).rows).toEqual([{ label: "b" }]);
  });
});
