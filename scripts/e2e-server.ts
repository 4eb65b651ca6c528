// Playwright's web server: a throw-away database with demo data, the test inbox, jobs and the production build.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { resetEnvCache } from "@/lib/env";
import { startMailCatcher } from "@/lib/mail/catcher";

import { seedDemo } from "../prisma/seed/demo";
import { E2E, E2E_STATE_FILE } from "../tests/e2e/helpers/ports";
import { freePort } from "../tests/integration/support/ports";
import { appEnv, Lifecycle, prepareDatabase, startNext, startWorker } from "./lib/launch";

const life = new Lifecycle();
const root = await mkdtemp(path.join(tmpdir(), "conciergerie-e2e-"));
life.add("le dossier temporaire", () => rm(root, { recursive: true, force: true }));
const pg = await startEmbeddedPostgres({
  dataDir: path.join(root, "pg"),
  port: await freePort(),
  persistent: false,
  fast: true,
});
life.add("PostgreSQL", pg.stop);
await prepareDatabase(pg.url);
const db = createPrismaClient(pg.url);
await seedDemo(db);
await db.$disconnect();
// The sign-in fixture opens sessions in this database directly (tests/e2e/helpers/session.ts).
await writeFile(E2E_STATE_FILE, JSON.stringify({ databaseUrl: pg.url }));
life.add("l'état des tests", () => rm(E2E_STATE_FILE, { force: true }));

const catcher = await startMailCatcher({ smtpPort: E2E.smtpPort, httpPort: E2E.inboxPort });
life.add("la boîte de réception de test", catcher.stop);
process.env.SMTP_PORT = String(E2E.smtpPort);
process.env.SMTP_HOST = "127.0.0.1";
resetEnvCache();
// As in production: the app and its jobs connect as the app's role, not the owner.
await startWorker(life, pg.appUrl);
const appUrl = `http://127.0.0.1:${E2E.appPort}`;
startNext(life, {
  mode: "start",
  host: "127.0.0.1",
  port: E2E.appPort,
  env: appEnv(pg.appUrl, appUrl, {
    SMTP_PORT: String(E2E.smtpPort),
    SMTP_HOST: "127.0.0.1",
    AUTH_SECRET: "e2e-auth-secret-0123456789abcdef-0123",
    CLIENT_ADDRESS_SECRET: "e2e-client-address-secret-0123456789ab",
    SECOND_FACTOR_SECRET: "e2e-second-factor-secret-0123456789abcd",
    NODE_ENV: "production",
  }),
});
