import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { TMemberFilters } from "./schemas";

export const MEMBERS_PAGE_SIZE = 25;

/** The dues year is the one the filter names, else `currentYear` (in the tenant's time zone). */
export async function listMembers(
  tenantId: string,
  {
    page,
    q,
    profession,
    status = "ACTIVE",
    role,
    duesYear,
    dues,
    currentYear = new Date().getUTCFullYear(),
  }: Partial<TMemberFilters> & { page: number; q: string; currentYear?: number },
) {
  const year = duesYear ?? currentYear;
  const where: Prisma.MembershipWhereInput = {
    tenantId,
    status,
    ...(role ? { role } : {}),
    ...(profession ? { profession } : {}),
    ...(dues === "paid" ? { dues: { some: { year } } } : {}),
    ...(dues === "unpaid" ? { dues: { none: { year } } } : {}),
    ...(q
      ? {
          user: {
            OR: [
              { email: { contains: q, mode: "insensitive" as const } },
              { name: { contains: q, mode: "insensitive" as const } },
            ],
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      where,
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        id: true,
        role: true,
        status: true,
        createdAt: true,
        profession: true,
        practicePlace: true,
        user: { select: { id: true, name: true, email: true } },
        dues: { where: { year }, select: { year: true } },
      },
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

/** A member's page for staff: only within the tenant. */
export async function getMemberForStaff(tenantId: string, membershipId: string) {
  return db.membership.findFirst({
    where: { id: membershipId, tenantId },
    select: {
      id: true,
      role: true,
      status: true,
      createdAt: true,
      removedAt: true,
      phone: true,
      profession: true,
      specialty: true,
      practicePlace: true,
      arrivalDate: true,
      leftAt: true,
      leavingReason: true,
      notes: true,
      directoryOptIn: true,
      user: { select: { id: true, name: true, email: true } },
      request: { select: { id: true, reference: true } },
      dues: { orderBy: { year: "desc" }, select: { year: true } },
      household: {
        orderBy: { createdAt: "asc" },
        select: { id: true, relation: true, firstName: true, birthYear: true },
      },
      registrations: {
        where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
        orderBy: { event: { startsAt: "desc" } },
        take: 20,
        select: {
          id: true,
          status: true,
          seats: true,
          checkedInAt: true,
          event: { select: { id: true, title: true, startsAt: true } },
        },
      },
    },
  });
}
