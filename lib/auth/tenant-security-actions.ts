"use server";

import { revalidatePath } from "next/cache";

import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { ZStaffSecondFactorSetting } from "./security-schemas";

/**
 * A coordinator requires (or stops requiring) the second factor of the tenant's staff and coordinators.
 * Turning it on takes one's own second factor first, so the coordinator is not locked out by surprise.
 */
export const requireStaffSecondFactorAction = tenantAction(
  "settings.manage",
  ZStaffSecondFactorSetting,
  async ({ tenant, user }, { required }) => {
    if (required && !user.secondFactorPassed) return { ok: false, formError: "security.errors.enrolYourselfFirst" };
    await db.$transaction(async (tx) => {
      await tx.tenant.update({ where: { id: tenant.id }, data: { requireStaffSecondFactor: required } });
      await recordAudit(tx, {
        tenantId: tenant.id,
        actorId: user.id,
        action: "tenant.staff_second_factor_changed",
        targetType: "Tenant",
        targetId: tenant.id,
        details: { required },
      });
    });
    revalidatePath(`/${tenant.slug}`, "layout");
    return ok(undefined, "security.tenantSetting.saved");
  },
);
