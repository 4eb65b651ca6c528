import "server-only";

import { db } from "@/lib/db";

export async function getReportTexts(tenantId: string, year: number) {
  const row = await db.activityReport.findUnique({
    where: { tenantId_year: { tenantId, year } },
    select: { context: true, highlights: true, outlook: true },
  });
  return row ?? { context: "", highlights: "", outlook: "" };
}
