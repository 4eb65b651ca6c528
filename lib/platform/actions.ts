"use server";

import { revalidatePath } from "next/cache";

import { platformAction } from "@/lib/actions/user";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ActionError, ok } from "@/lib/forms/result";
import { createInvitation } from "@/lib/invitations/service";

import { ZCreateTenant } from "./schemas";

/** Platform admins only (the wrapper re-reads the flag from the database on every call). */
export const createTenantAction = platformAction(ZCreateTenant, async ({ user }, input) => {
  const taken = await db.tenant.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (taken) throw new ActionError("errors.slug.taken", "slug");
  await db.$transaction(async (tx) => {
    const tenant = await tx.tenant.create({
      data: {
        slug: input.slug,
        name: input.name,
        region: input.region,
        timeZone: input.timeZone,
        contactEmail: input.contactEmail,
      },
      select: { id: true, slug: true, name: true, timeZone: true },
    });
    await recordAudit(tx, {
      tenantId: tenant.id,
      actorId: user.id,
      action: "tenant.created",
      targetType: "Tenant",
      targetId: tenant.id,
      details: { slug: tenant.slug },
    });
    await createInvitation(tx, {
      tenant,
      email: input.coordinatorEmail,
      role: "COORDINATOR",
      invitedBy: user,
      inviterRole: null,
    });
  });
  revalidatePath("/platform");
  revalidatePath("/");
  return ok({ slug: input.slug }, "platform.tenantCreated");
});
