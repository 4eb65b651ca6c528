import "server-only";
import { db } from "@/lib/db";

export const MEMBERS_PAGE_SIZE = 25;

export async function listMembers(tenantId: string, { page, q }: { page: number; q: string }) {
  const where = {
    tenantId,
    status: "ACTIVE" as const,
    ...(q
      ? { user: { OR: [{ email: { contains: q, mode: "insensitive" as const } }, { name: { contains: q, mode: "insensitive" as const } }] } }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      where,
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}

export async function listPendingInvitations(tenantId: string) {
  return db.invitation.findMany({
    where: { tenantId, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}

export async function countMembersByRole(tenantId: string) {
  const groups = await db.membership.groupBy({
    by: ["role"],
    where: { tenantId, status: "ACTIVE" },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.role, g._count._all])) as Partial<Record<string, number>>;
}
