// Database tooling that works without Prisma's native engine download (see README, "Ajouter une migration").
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

import { datedBackupName, writeBackup } from "@/lib/db/backup";
import { withDatabase } from "@/lib/db/embedded";
import { applyMigrations, createMigration } from "@/lib/db/migrations";
import { migrateJobSchema } from "@/lib/jobs/schema";

const require = createRequire(import.meta.url);

function generate() {
  // `prisma generate` never runs the schema engine, but the CLI insists on finding one: any file will do.
  const prismaCli = require.resolve("prisma/build/index.js");
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", "prisma/schema.prisma"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
}

export async function migrate(url: string) {
  const applied = await applyMigrations(url);
  await migrateJobSchema(url);
  console.log(
    applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Base à jour : aucune migration en attente.",
  );
}

async function seed(url: string, scale: boolean) {
  const { createPrismaClient } = await import("@/lib/db/client");
  const db = createPrismaClient(url);
  try {
    if (scale) {
      const { seedScale } = await import("../prisma/seed/scale");
      const result = await seedScale(db);
      console.log(
        `Jeu volumineux : ${result.tenants} CPTS, ${result.rows} lignes en ${(result.ms / 1000).toFixed(1)} s.`,
      );
    } else {
      const { seedDemo } = await import("../prisma/seed/demo");
      const summary = await seedDemo(db);
      console.log(`Démo : ${summary.tenants.map((t) => t.name).join(", ")}.`);
    }
  } finally {
    await db.$disconnect();
  }
}

async function reset(url: string) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    "DROP SCHEMA IF EXISTS graphile_worker CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;",
  );
  await client.end();
  await migrate(url);
  await seed(url, false);
}

/** `db:backup [file or folder]`: a dated file in backups/ by default. */
async function backup(url: string, target = "backups") {
  const file = target.endsWith(".gz") ? target : path.join(target, datedBackupName());
  const started = Date.now();
  const counts = await writeBackup(url, file);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `Sauvegarde écrite : ${file} (${rows} lignes, ${Object.keys(counts).length} tables, ${Date.now() - started} ms)`,
  );
}

async function restore(url: string, args: string[]) {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Usage : npm run db:restore -- FICHIER [--replace]");
  const { restoreBackup } = await import("@/lib/db/restore");
  const result = await restoreBackup(url, file, { replace: args.includes("--replace") });
  const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
  console.log(
    `Restauré : ${file} du ${result.header.createdAt} (${rows} lignes ; migrations ultérieures : ${result.laterMigrations.length} ; e-mails en attente reprogrammés : ${result.requeued}).`,
  );
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case "generate":
      return generate();
    case "migration": {
      const dir = await createMigration(args[0] ?? "");
      console.log(dir ? `Migration créée : ${dir}` : "Aucun changement entre le schéma et les migrations.");
      return;
    }
    case "migrate":
      return withDatabase(migrate);
    case "seed":
      return withDatabase(async (url) => {
        await migrate(url);
        await seed(url, args.includes("--scale"));
      });
    case "reset":
      return withDatabase(reset);
    case "backup":
      return withDatabase((url) => backup(url, args[0]));
    case "restore":
      return withDatabase((url) => restore(url, args));
    default:
      console.error(
        "Usage : tsx scripts/db.ts generate | migration <nom> | migrate | seed [--scale] | reset | backup [fichier] | restore <fichier> [--replace]",
      );
      process.exit(2);
  }
}

main().then(
  // The WASM schema engine leaves a 10-second timer behind (its advisory-lock timeout): exit when done.
  () => process.exit(0),
  (error) => {
    // An expected refusal (e.g. a restore into a database that is not empty) is a sentence, not a stack.
    console.error(error?.name === "RestoreError" ? error.message : error);
    process.exit(1);
  },
);
