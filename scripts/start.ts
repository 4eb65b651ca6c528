// `npm start` (production build) and `npm run dev`: database (embedded unless DATABASE_URL), migrations,
// background jobs and Next.js, all stopped together.
import { getEnv } from "@/lib/env";

import { appDatabase, appEnv, Lifecycle, prepareDatabase, startNext, startWorker } from "./lib/launch";

const dev = process.argv.includes("--dev");
const life = new Lifecycle();
const env = getEnv();
const port = Number(process.env.PORT ?? 3000);

// Migrations as the database owner; the app and its jobs as a role that cannot change the schema.
const { url, appUrl } = await appDatabase(life);
await prepareDatabase(url);
await startWorker(life, appUrl);
startNext(life, {
  mode: dev ? "dev" : "start",
  host: process.env.HOST ?? "0.0.0.0",
  port,
  env: appEnv(appUrl, env.APP_URL),
});
