"use server";

import { revalidatePath } from "next/cache";

import { db } from "@/lib/db";
import { ActionError, ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { askAsMember } from "./bookings";
import { ZAskHousing } from "./schemas";

export const askHousingAction = tenantAction("portal.view", ZAskHousing, async (ctx, input) => {
  const membership = await db.membership.findUnique({
    where: { tenantId_userId: { tenantId: ctx.tenant.id, userId: ctx.user.id } },
    select: { id: true, status: true },
  });
  if (!membership || membership.status !== "ACTIVE") throw new ActionError("errors.forbidden");
  const booking = await askAsMember({ ...ctx, membershipId: membership.id }, input);
  revalidatePath(`/${ctx.tenant.slug}/portal/housing`);
  return ok({ id: booking.id }, "housing.portal.asked");
});
