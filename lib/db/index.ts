import { requireDatabaseUrl } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

import { createPrismaClient } from "./client";

export type { PrismaClient };
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

const globalForDb = globalThis as unknown as { __conciergerieDb?: { url: string; client: PrismaClient } };

function client(): PrismaClient {
  const url = requireDatabaseUrl();
  const cached = globalForDb.__conciergerieDb;
  if (cached && cached.url === url) return cached.client;
  // Created on first use (never at import, so `next build` needs no database); cached on globalThis
  // so development hot reloads do not open new pools.
  const created = createPrismaClient(url);
  globalForDb.__conciergerieDb = { url, client: created };
  return created;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
