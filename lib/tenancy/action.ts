import "server-only";

import type { z } from "zod";

import { markAction } from "@/lib/actions/kinds";
import { parseInput, runHandled } from "@/lib/actions/run";
import type { ActionResult } from "@/lib/forms/result";

import { resolveTenantAccess, type SignedInTenantContext } from "./guard";
import type { Permission } from "./permissions";

const REFUSAL_KEYS = {
  not_found: "errors.notFound",
  sign_in: "errors.signedOut",
  forbidden: "errors.forbidden",
  second_factor: "security.errors.secondFactorRequired",
} as const;

/**
 * Every tenant server action is built with this: it is a public HTTP endpoint, so it resolves the
 * tenant and the caller's role itself (deny by default), validates its input with the same zod
 * schema as the form, and turns expected errors into messages.
 */
export function tenantAction<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  handler: (ctx: SignedInTenantContext, input: z.output<S>) => Promise<ActionResult<R>>,
) {
  // The access check reads the database too: inside runHandled, an outage becomes a form error.
  return markAction(
    async (slug: string, raw: z.input<S>): Promise<ActionResult<R>> =>
      runHandled(async () => {
        const { decision, context } = await resolveTenantAccess(String(slug), permission);
        if (decision.kind !== "allow" || !context?.user || !context.role) {
          return { ok: false, formError: REFUSAL_KEYS[decision.kind === "allow" ? "forbidden" : decision.kind] };
        }
        const input = parseInput(schema, raw);
        if (!input.ok) return input.result;
        return handler(context as SignedInTenantContext, input.data);
      }),
    "tenant",
  );
}

export { runHandled };
