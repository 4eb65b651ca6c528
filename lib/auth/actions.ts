"use server";

import { redirect } from "next/navigation";

import { fieldErrorsFromZod, type ActionResult } from "@/lib/forms/result";
import { runHandled } from "@/lib/tenancy/action";

import { signOut } from "./index";
import { requestSignInLinkFor, safeCallbackPath } from "./request-link";
import { ZSignInRequest, type TSignInRequest } from "./schemas";

/** Same answer and same work whatever the address: a link is sent to any valid address. */
export async function requestSignInLink(raw: TSignInRequest): Promise<ActionResult<undefined>> {
  const parsed = ZSignInRequest.safeParse(raw);
  if (!parsed.success)
    return { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) };
  return runHandled(async () => {
    const outcome = await requestSignInLinkFor(parsed.data.email, safeCallbackPath(parsed.data.callbackUrl));
    redirect(`/login/check?status=${outcome.delivered ? "sent" : "delayed"}`);
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
