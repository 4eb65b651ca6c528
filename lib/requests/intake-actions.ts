"use server";

import { getLocale } from "next-intl/server";
import { headers } from "next/headers";

import { publicTenantAction } from "@/lib/actions/public";
import { getEnv } from "@/lib/env";
import { ok } from "@/lib/forms/result";
import { clientAddress } from "@/lib/http/client-address";

import { submitIntake } from "./intake";
import { ZIntake } from "./intake-schema";

/** Public endpoint (anyone may ask for help); the tenant comes from the URL, the input is re-validated. */
export const submitInstallationRequestAction = publicTenantAction(ZIntake, async ({ tenant }, input) => {
  const result = await submitIntake(tenant, input, {
    ip: clientAddress(await headers(), getEnv().TRUSTED_PROXY_HOPS),
    locale: await getLocale(),
  });
  return ok({ reference: result.reference });
});
