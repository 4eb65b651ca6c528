"use server";

import { userAction } from "@/lib/actions/user";
import { ok } from "@/lib/forms/result";

import { sendMyTrackingLink } from "./mine";
import { ZRequestOnly } from "./schemas";

export const emailMyTrackingLinkAction = userAction(ZRequestOnly, async ({ user }, input) => {
  await sendMyTrackingLink(user, input.requestId);
  return ok(undefined, "requests.mine.linkSent");
});
