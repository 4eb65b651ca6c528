// `npm run demo`: everything needed to try the product on one machine, with demo data and a test inbox.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

import { createPrismaClient } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { startMailCatcher } from "@/lib/mail/catcher";

import { seedDemo } from "../prisma/seed/demo";
import { appDatabase, appEnv, Lifecycle, prepareDatabase, startNext, startWorker } from "./lib/launch";

const require = createRequire(import.meta.url);
const life = new Lifecycle();
const env = getEnv();
const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;

console.log("1/5 Génération du client Prisma…");
execFileSync(process.execPath, [require.resolve("tsx/cli"), "scripts/db.ts", "generate"], { stdio: "inherit" });

console.log("2/5 Base de données et migrations…");
const { url, appUrl: appDatabaseUrl } = await appDatabase(life);
await prepareDatabase(url);

console.log("3/5 Données de démonstration…");
const db = createPrismaClient(url);
const summary = await seedDemo(db);
await db.$disconnect();

if (!process.argv.includes("--no-build")) {
  console.log("4/5 Construction de l'application (1 à 3 minutes)…");
  execFileSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}

console.log("5/5 Démarrage…");
const catcher = await startMailCatcher({ smtpPort: env.SMTP_PORT, httpPort: env.MAIL_CATCHER_HTTP_PORT });
life.add("la boîte de réception de test", catcher.stop);
await startWorker(life, appDatabaseUrl);
startNext(life, { mode: "start", host: "127.0.0.1", port, env: appEnv(appDatabaseUrl, appUrl) });

const lines = [
  "",
  "Conciergerie CPTS est prête.",
  `  Application           : ${appUrl}`,
  `  Boîte de réception    : http://localhost:${catcher.httpPort}  (lisez-y vos liens de connexion)`,
  "",
  "Comptes de démonstration (connexion par lien envoyé dans la boîte ci-dessus) :",
  ...summary.accounts.map(
    (a) =>
      `  ${a.email.padEnd(46)} ${a.role === "PLATFORM_ADMIN" ? "administration de la plateforme" : `${a.role} — /${a.tenantSlug}`}`,
  ),
  "",
  "Ctrl+C pour tout arrêter.",
];
setTimeout(() => console.log(lines.join("\n")), 1500);
