import { randomUUID } from "node:crypto";

import pg from "pg";
import { afterAll, inject } from "vitest";

import { resetEnvCache } from "@/lib/env";

// Runs before each integration test file: a fresh database cloned from the migrated template.
const serverUrl = inject("pgServerUrl");
const database = `test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
// PostgreSQL copies a template for one CREATE DATABASE at a time: files starting together take turns.
for (let attempt = 0; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "template_test"`);
    break;
  } catch (error) {
    if (attempt > 100 || !String(error).includes("is being accessed by other users")) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
  }
}
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
resetEnvCache();

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect().catch(() => undefined);
});
