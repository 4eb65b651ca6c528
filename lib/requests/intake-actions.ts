"use server";

import { getLocale } from "next-intl/server";
import { headers } from "next/headers";

import { getEnv } from "@/lib/env";
import { fieldErrorsFromZod, ok, type ActionResult } from "@/lib/forms/result";
import { withoutNul } from "@/lib/forms/without-nul";
import { clientAddress } from "@/lib/http/client-address";
import { runHandled } from "@/lib/tenancy/action";
import { findTenantBySlug } from "@/lib/tenancy/guard";

import { submitIntake } from "./intake";
import { ZIntake, type TIntakeInput } from "./intake-schema";

/** Public endpoint (anyone may ask for help); the tenant comes from the URL, the input is re-validated. */
export async function submitInstallationRequest(
  slug: string,
  raw: TIntakeInput,
): Promise<ActionResult<{ reference: string | null }>> {
  return runHandled(async () => {
    const tenant = await findTenantBySlug(String(slug));
    if (!tenant) return { ok: false, formError: "errors.notFound" };
    const parsed = ZIntake.safeParse(withoutNul(raw));
    if (!parsed.success)
      return { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) };
    const result = await submitIntake(tenant, parsed.data, {
      ip: clientAddress(await headers(), getEnv().TRUSTED_PROXY_HOPS),
      locale: await getLocale(),
    });
    return ok({ reference: result.reference });
  });
}
