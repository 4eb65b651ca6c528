"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { publicAction, publicFormAction } from "@/lib/actions/public";
import { getEnv } from "@/lib/env";
import type { ActionResult } from "@/lib/forms/result";
import { clientAddress } from "@/lib/http/client-address";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

import { signOut } from "./index";
import { reserveSignInLink } from "./link-limits";
import { requestSignInLinkFor } from "./request-link";
import { ZSignInRequest } from "./schemas";

/**
 * Same answer whatever the address, and whether or not a limit held the email back: the answer must
 * not tell an attacker which addresses exist, nor that a victim's inbox is being flooded.
 */
export const requestSignInLinkAction = publicAction(ZSignInRequest, async (input): Promise<ActionResult<undefined>> => {
  const env = getEnv();
  const client = clientAddress(await headers(), env.TRUSTED_PROXY_HOPS);
  let delivered = true;
  if (await reserveSignInLink(input.email, client)) {
    const redirectTo = safeRedirectPath(input.callbackUrl, env.APP_URL);
    ({ delivered } = await requestSignInLinkFor(input.email, redirectTo));
  }
  redirect(`/login/check?status=${delivered ? "sent" : "delayed"}`);
});

export const signOutAction = publicFormAction(z.object({}), async () => {
  await signOut({ redirectTo: "/" });
});
