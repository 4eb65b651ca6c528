"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { retryTenantEmail } from "./retry";

export const retryEmailAction = tenantAction(
  "emails.view",
  z.object({ emailId: z.string().min(1).max(40) }),
  async ({ tenant }, input) => {
    await retryTenantEmail(tenant.id, input.emailId);
    revalidatePath(`/${tenant.slug}/admin/emails`);
    return ok(undefined, "emails.retried");
  },
);
