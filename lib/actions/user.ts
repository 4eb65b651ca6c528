import "server-only";

import type { z } from "zod";

import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/forms/result";

import { markAction, type ActionKind } from "./kinds";
import { parseInput, runHandled } from "./run";

function signedInAction<S extends z.ZodType, R>(
  kind: Extract<ActionKind, "user" | "platform">,
  schema: S,
  handler: (ctx: { user: CurrentUser }, input: z.output<S>) => Promise<ActionResult<R>>,
) {
  return markAction(
    async (raw: z.input<S>): Promise<ActionResult<R>> =>
      runHandled(async () => {
        const user = await getCurrentUser();
        if (!user) return { ok: false, formError: "errors.signedOut" };
        if (kind === "platform" && !user.isPlatformAdmin) return { ok: false, formError: "errors.forbidden" };
        // The platform administrator always needs the second factor, checked on the server.
        if (kind === "platform" && !user.secondFactorPassed)
          return { ok: false, formError: "security.errors.secondFactorRequired" };
        const input = parseInput(schema, raw);
        if (!input.ok) return input.result;
        return handler({ user }, input.data);
      }),
    kind,
  );
}

/** A signed-in person acting on what is theirs across tenants ("mes demandes"): no tenant, no role. */
export function userAction<S extends z.ZodType, R>(
  schema: S,
  handler: (ctx: { user: CurrentUser }, input: z.output<S>) => Promise<ActionResult<R>>,
) {
  return signedInAction("user", schema, handler);
}

/** The platform administrator only (creating a CPTS), re-read from the database on every call. */
export function platformAction<S extends z.ZodType, R>(
  schema: S,
  handler: (ctx: { user: CurrentUser }, input: z.output<S>) => Promise<ActionResult<R>>,
) {
  return signedInAction("platform", schema, handler);
}
