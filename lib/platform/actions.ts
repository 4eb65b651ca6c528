"use server";

import { revalidatePath } from "next/cache";

import { recordAudit } from "@/lib/audit";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ActionError, fieldErrorsFromZod, ok, type ActionResult } from "@/lib/forms/result";
import { createInvitation } from "@/lib/invitations/service";
import { runHandled } from "@/lib/tenancy/action";

import { ZCreateTenant, type TCreateTenantInput } from "./schemas";

/** Platform admins only; checked here because a server action is a public endpoint. */
export async function createTenant(raw: TCreateTenantInput): Promise<ActionResult<{ slug: string }>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, formError: "errors.signedOut" };
  if (!user.isPlatformAdmin) return { ok: false, formError: "errors.forbidden" };
  const parsed = ZCreateTenant.safeParse(raw);
  if (!parsed.success)
    return { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) };
  const input = parsed.data;
  return runHandled(async () => {
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
      await createInvitation(tx, { tenant, email: input.coordinatorEmail, role: "COORDINATOR", invitedBy: user });
    });
    revalidatePath("/platform");
    revalidatePath("/");
    return ok({ slug: input.slug }, "platform.tenantCreated");
  });
}
