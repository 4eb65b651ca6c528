import "server-only";

import { db } from "@/lib/db";

/** The CPTS shown to the public on the home page: only those listed (not test or benchmark tenants). */
export function listListedTenants() {
  return db.tenant.findMany({
    where: { listed: true },
    orderBy: { name: "asc" },
    take: 100,
    select: { slug: true, name: true, region: true, territoryDescription: true },
  });
}

/** Every CPTS, for the platform administrator (the page checks the role first). */
export function listTenantsForPlatform() {
  return db.tenant.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      slug: true,
      name: true,
      region: true,
      listed: true,
      _count: { select: { memberships: { where: { status: "ACTIVE" } } } },
    },
  });
}
