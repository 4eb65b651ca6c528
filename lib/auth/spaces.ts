import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type Space = { tenantSlug: string; tenantName: string; role: Role };

/** The active memberships of a user, for the navigation (each page still runs the guard); once per request. */
export const listSpaces = cache(async (userId: string): Promise<Space[]> => {
  const rows = await db.membership.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: { createdAt: "asc" },
    take: 20,
    select: { role: true, tenant: { select: { slug: true, name: true } } },
  });
  return rows.map((r) => ({ tenantSlug: r.tenant.slug, tenantName: r.tenant.name, role: r.role }));
});
