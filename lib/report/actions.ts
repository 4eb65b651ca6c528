"use server";

import { revalidatePath } from "next/cache";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { ZReportTexts } from "./schemas";
import { saveReportTexts } from "./service";

export const saveReportTextsAction = tenantAction("report.edit", ZReportTexts, async ({ tenant, user }, input) => {
  await saveReportTexts({ tenantId: tenant.id, userId: user.id }, input);
  revalidatePath(`/${tenant.slug}/admin/report`);
  return ok(undefined, "report.saved");
});
