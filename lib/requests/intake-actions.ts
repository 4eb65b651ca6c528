"use server";

import { getLocale } from "next-intl/server";
import { headers } from "next/headers";

import { fieldErrorsFromZod, ok, type ActionResult } from "@/lib/forms/result";
import { runHandled } from "@/lib/tenancy/action";
import { findTenantBySlug } from "@/lib/tenancy/guard";

import { submitIntake } from "./intake";
import { ZIntake, type TIntakeInput } from "./intake-schema";

async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

/** Public endpoint (anyone may ask for help); the tenant comes from the URL, the input is re-validated. */
export async function submitInstallationRequest(
  slug: string,
  raw: TIntakeInput,
): Promise<ActionResult<{ reference: string | null }>> {
  return runHandled(async () => {
    const tenant = await findTenantBySlug(String(slug));
    if (!tenant) return { ok: false, formError: "errors.notFound" };
    const parsed = ZIntake.safeParse(raw);
    if (!parsed.success)
      return { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) };
    const result = await submitIntake(tenant, parsed.data, { ip: await clientIp(), locale: await getLocale() });
    return ok({ reference: result.reference });
  });
}
