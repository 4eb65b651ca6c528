"use server";

import { publicTenantAction } from "@/lib/actions/public";
import { ok } from "@/lib/forms/result";

import { confirmEmailChange } from "./email-change";
import { ZTrackingToken } from "./schemas";

// Public endpoint: the link's token, checked within the tenant of the URL, is the only credential. The page
// confirms by a button (a POST), never on opening the link, which mail scanners and prefetchers do.
export const confirmEmailChangeAction = publicTenantAction(ZTrackingToken, async ({ tenant }, input) => {
  await confirmEmailChange(tenant, input.token);
  return ok(undefined, "emailChange.confirmed");
});
