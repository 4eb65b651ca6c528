import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";

// Global tables: everything else in `public` holds tenant data and must be scoped by tenantId.
const GLOBAL_TABLES: Record<string, string> = {
  Tenant: "the tenants themselves",
  User: "a person may belong to several tenants",
  Account: "Auth.js, attached to a user",
  Session: "Auth.js, attached to a user",
  VerificationToken: "Auth.js sign-in links, keyed by email",
  SignInLinkRequest: "sign-in link limits, keyed by hashed email and client address",
  RecoveryCode: "second-factor recovery codes, attached to a user",
  _prisma_migrations: "migration history",
  JobWorkerHeartbeat: "background job workers, shared by all tenants",
};

type Problem = { table: string; problem: string };

/** Reads the live catalogue: NOT NULL tenantId, a foreign key to Tenant, an index that starts with it. */
async function tenantScopingProblems(): Promise<Problem[]> {
  const tables = await db.$queryRaw<{ table: string }[]>`
    SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`;
  const problems: Problem[] = [];
  for (const { table } of tables) {
    if (table in GLOBAL_TABLES) continue;
    const [column] = await db.$queryRaw<{ notnull: boolean }[]>`
      SELECT a.attnotnull AS notnull FROM pg_attribute a
      WHERE a.attrelid = format('public.%I', ${table}::text)::regclass AND a.attname = 'tenantId' AND NOT a.attisdropped`;
    if (!column) {
      problems.push({ table, problem: "no tenantId column" });
      continue;
    }
    if (!column.notnull) problems.push({ table, problem: "tenantId is nullable" });
    const [fk] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_constraint con
      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
      WHERE con.contype = 'f' AND con.conrelid = format('public.%I', ${table}::text)::regclass
        AND con.confrelid = 'public."Tenant"'::regclass AND array_length(con.conkey, 1) = 1 AND a.attname = 'tenantId'`;
    if (!fk || fk.n === 0) problems.push({ table, problem: "no foreign key from tenantId to Tenant" });
    const [index] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_index i
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
      WHERE i.indrelid = format('public.%I', ${table}::text)::regclass AND a.attname = 'tenantId'`;
    if (!index || index.n === 0) problems.push({ table, problem: "no index starting with tenantId" });
  }
  return problems;
}

describe("tenant scoping in the database catalogue", () => {
  it("finds tenantId NOT NULL, a foreign key to Tenant and a leading index on every tenant table", async () => {
    expect(await tenantScopingProblems()).toEqual([]);
  });

  it("covers the territory network's tables (issue 12)", async () => {
    const tables = await db.$queryRaw<{ table: string }[]>`
      SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`;
    const names = tables.map((t) => t.table);
    for (const table of ["NetworkActor", "NetworkContact", "Referral", "InstallationAid", "RequestAidSent"]) {
      expect(names).toContain(table);
      expect(GLOBAL_TABLES).not.toHaveProperty(table);
    }
  });

  it("covers the housing stock's tables (units, bookings, photos and the file store)", async () => {
    const tables = await db.$queryRaw<{ table: string }[]>`
      SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname IN ('HousingUnit', 'HousingBooking', 'HousingPhoto', 'StoredFile')`;
    expect(tables.map((t) => t.table).sort()).toEqual(["HousingBooking", "HousingPhoto", "HousingUnit", "StoredFile"]);
    for (const { table } of tables) expect(GLOBAL_TABLES).not.toHaveProperty(table);
  });

  it("catches a table that forgets any of the three", async () => {
    await db.$executeRawUnsafe(`CREATE TABLE "BadNotes" ("id" text PRIMARY KEY, "tenantId" text, "body" text)`);
    await db.$executeRawUnsafe(
      `CREATE TABLE "BadNoIndex" ("id" text PRIMARY KEY, "tenantId" text NOT NULL REFERENCES "Tenant"("id"))`,
    );
    await db.$executeRawUnsafe(`CREATE TABLE "BadNoTenant" ("id" text PRIMARY KEY)`);
    try {
      const problems = await tenantScopingProblems();
      expect(problems).toEqual(
        expect.arrayContaining([
          { table: "BadNotes", problem: "tenantId is nullable" },
          { table: "BadNotes", problem: "no foreign key from tenantId to Tenant" },
          { table: "BadNotes", problem: "no index starting with tenantId" },
          { table: "BadNoIndex", problem: "no index starting with tenantId" },
          { table: "BadNoTenant", problem: "no tenantId column" },
        ]),
      );
      expect(problems.filter((p) => p.table === "BadNoIndex")).toHaveLength(1);
    } finally {
      await db.$executeRawUnsafe(`DROP TABLE "BadNotes", "BadNoIndex", "BadNoTenant"`);
    }
  });
});
