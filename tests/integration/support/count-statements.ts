import pg from "pg";

// Counts the statements the app sends to PostgreSQL, at the driver: every pg Client.query call (Prisma's
// driver adapter goes through it), BEGIN and COMMIT included, as PostgreSQL's statement log counts them.
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as unknown as Query;
let recording: string[] | null = null;

function textOf(config: unknown): string {
  if (typeof config === "string") return config;
  if (config && typeof config === "object" && "text" in config) return String((config as { text: unknown }).text);
  return String(config);
}

(pg.Client.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args: unknown[]) {
  recording?.push(textOf(args[0]));
  return original.apply(this, args);
};

/**
 * Runs `work` twice (the first warms the pool and the caches of the process, as a running server is) and
 * returns the statements of the second run.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  await work();
  if (recording) throw new Error("countStatements does not nest");
  recording = [];
  try {
    const result = await work();
    return { result, statements: recording };
  } finally {
    recording = null;
  }
}
