"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { getEnv } from "@/lib/env";
import { fieldErrorsFromZod, type ActionResult } from "@/lib/forms/result";
import { withoutNul } from "@/lib/forms/without-nul";
import { clientAddress } from "@/lib/http/client-address";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { runHandled } from "@/lib/tenancy/action";

import { signOut } from "./index";
import { reserveSignInLink } from "./link-limits";
import { requestSignInLinkFor } from "./request-link";
import { ZSignInRequest, type TSignInRequest } from "./schemas";

/**
 * Same answer whatever the address, and whether or not a limit held the email back: the answer must
 * not tell an attacker which addresses exist, nor that a victim's inbox is being flooded.
 */
export async function requestSignInLink(raw: TSignInRequest): Promise<ActionResult<undefined>> {
  const parsed = ZSignInRequest.safeParse(withoutNul(raw));
  if (!parsed.success)
    return { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) };
  const env = getEnv();
  const client = clientAddress(await headers(), env.TRUSTED_PROXY_HOPS);
  return runHandled(async () => {
    let delivered = true;
    if (await reserveSignInLink(parsed.data.email, client)) {
      const redirectTo = safeRedirectPath(parsed.data.callbackUrl, env.APP_URL);
      ({ delivered } = await requestSignInLinkFor(parsed.data.email, redirectTo));
    }
    redirect(`/login/check?status=${delivered ? "sent" : "delayed"}`);
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
