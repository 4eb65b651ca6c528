"use server";

import { getCurrentUser } from "@/lib/auth/session";
import { ok, type ActionResult } from "@/lib/forms/result";
import { runHandled } from "@/lib/tenancy/action";

import { sendMyTrackingLink } from "./mine";
import { ZRequestOnly } from "./schemas";

export async function emailMyTrackingLink(raw: { requestId: string }): Promise<ActionResult<undefined>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, formError: "errors.signedOut" };
  const parsed = ZRequestOnly.safeParse(raw);
  if (!parsed.success) return { ok: false, formError: "errors.notFound" };
  return runHandled(async () => {
    await sendMyTrackingLink(user, parsed.data.requestId);
    return ok(undefined, "requests.mine.linkSent");
  });
}
