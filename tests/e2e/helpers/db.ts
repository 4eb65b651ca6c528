import { readFileSync } from "node:fs";

import pg from "pg";

import { E2E_STATE_FILE } from "./ports";

/** Runs statements on the e2e database (rows a journey needs in bulk, faster than typing them in the forms). */
export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
