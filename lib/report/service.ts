import type { z } from "zod";

import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";

import type { ZReportTexts } from "./schemas";

/** Saves one year's texts (one row per tenant and year), with its audit line. */
export async function saveReportTexts(
  actor: { tenantId: string; userId: string },
  input: z.output<typeof ZReportTexts>,
) {
  const { year, context, highlights, outlook } = input;
  await db.$transaction(async (tx) => {
    const row = await tx.activityReport.upsert({
      where: { tenantId_year: { tenantId: actor.tenantId, year } },
      create: { tenantId: actor.tenantId, year, context, highlights, outlook, updatedById: actor.userId },
      update: { context, highlights, outlook, updatedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "report.texts.saved",
      targetType: "ActivityReport",
      targetId: row.id,
      details: { year },
    });
  });
}
