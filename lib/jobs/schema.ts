import { runMigrations } from "graphile-worker";

/** Installs or upgrades graphile-worker's own schema (graphile_worker.*), beside Prisma's tables. */
export async function migrateJobSchema(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: undefined });
}
