// A PostgreSQL for the resilience spec, in its own process (run with tsx): PG_DIR, PG_PORT, PG_PERSISTENT.
// Prints "ready <url>"; stops the server on SIGTERM.
import { startEmbeddedPostgres } from "@/lib/db/embedded";

const pg = await startEmbeddedPostgres({
  dataDir: process.env.PG_DIR!,
  port: Number(process.env.PG_PORT),
  persistent: process.env.PG_PERSISTENT === "true",
  fast: true,
});
process.once("SIGTERM", () => {
  void pg.stop().finally(() => process.exit(0));
});
process.stdout.write(`ready ${pg.url}\n`);
