import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { TDirectoryQuery } from "./schemas";

export const DIRECTORY_PAGE_SIZE = 24;

/** Members who chose to appear in the directory: active ones of this tenant only. */
export async function searchDirectory(tenantId: string, query: TDirectoryQuery) {
  const where: Prisma.MembershipWhereInput = {
    tenantId,
    status: "ACTIVE",
    directoryOptIn: true,
    ...(query.profession ? { profession: query.profession } : {}),
    ...(query.place ? { practicePlace: { contains: query.place, mode: "insensitive" } } : {}),
    ...(query.q ? { user: { name: { contains: query.q, mode: "insensitive" } } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      skip: (query.page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
      select: {
        id: true,
        profession: true,
        specialty: true,
        practicePlace: true,
        phone: true,
        user: { select: { name: true, email: true } },
      },
    }),
  ]);
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}
