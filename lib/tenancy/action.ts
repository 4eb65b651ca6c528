import "server-only";

import type { z } from "zod";

import { ActionError, fieldErrorsFromZod, type ActionResult } from "@/lib/forms/result";

import { resolveTenantAccess, type SignedInTenantContext } from "./guard";
import type { Permission } from "./permissions";

const REFUSAL_KEYS = {
  not_found: "errors.notFound",
  sign_in: "errors.signedOut",
  forbidden: "errors.forbidden",
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
  return async (slug: string, raw: z.input<S>): Promise<ActionResult<R>> => {
    const { decision, context } = await resolveTenantAccess(String(slug), permission);
    if (decision.kind !== "allow" || !context?.user || !context.role) {
      return { ok: false, formError: REFUSAL_KEYS[decision.kind === "allow" ? "forbidden" : decision.kind] };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) };
    return runHandled(() => handler(context as SignedInTenantContext, parsed.data));
  };
}

export async function runHandled<R>(fn: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ActionError) {
      return error.field
        ? { ok: false, formError: "errors.checkFields", fieldErrors: { [error.field]: [error.messageKey] } }
        : { ok: false, formError: error.messageKey };
    }
    // Next's redirect()/notFound() are thrown on purpose: let them through.
    if (error && typeof error === "object" && "digest" in error) throw error;
    console.error("Unexpected action error", error);
    return { ok: false, formError: "errors.unexpected" };
  }
}
