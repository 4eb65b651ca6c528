"use server";

import { revalidatePath } from "next/cache";

import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { ZTenantSettings } from "./schemas";

export const saveTenantSettingsAction = tenantAction(
  "settings.manage",
  ZTenantSettings,
  async ({ tenant, user }, input) => {
    await db.$transaction(async (tx) => {
      await tx.tenant.update({ where: { id: tenant.id }, data: input });
      await recordAudit(tx, {
        tenantId: tenant.id,
        actorId: user.id,
        action: "tenant.settings_changed",
        targetType: "Tenant",
        targetId: tenant.id,
        details: input,
      });
    });
    revalidatePath(`/${tenant.slug}`, "layout");
    return ok(undefined, "settings.saved");
  },
);
