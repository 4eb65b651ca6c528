import "server-only";

import { db } from "@/lib/db";
import type { EmailStatus } from "@/lib/generated/prisma/enums";

export const EMAILS_PAGE_SIZE = 30;

export async function listTenantEmails(tenantId: string, { status, page }: { status?: EmailStatus; page: number }) {
  const where = { tenantId, ...(status ? { status } : {}) };
  const [total, rows, byStatus] = await Promise.all([
    db.outboundEmail.count({ where }),
    db.outboundEmail.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * EMAILS_PAGE_SIZE,
      take: EMAILS_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        to: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db.outboundEmail.groupBy({ by: ["status"], where: { tenantId }, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])) as Partial<
    Record<EmailStatus, number>
  >;
  return { total, rows, counts, pageCount: Math.max(1, Math.ceil(total / EMAILS_PAGE_SIZE)) };
}
