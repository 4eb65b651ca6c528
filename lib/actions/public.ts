import "server-only";

import type { z } from "zod";

import type { ActionResult } from "@/lib/forms/result";
import { findTenantBySlug, type TenantSummary } from "@/lib/tenancy/guard";

import { markAction } from "./kinds";
import { parseInput, runHandled } from "./run";

/**
 * An action anyone may call, outside any tenant (sign-in request, language switch). The input is
 * validated here; abuse limits belong to the handler, which knows what it protects.
 */
export function publicAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>) => Promise<ActionResult<R>>,
) {
  return markAction(async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const input = parseInput(schema, raw);
    if (!input.ok) return input.result;
    return runHandled(() => handler(input.data));
  }, "public");
}

/**
 * An action of a tenant's public pages (intake form, tracking page): the tenant comes from the path and
 * must exist; the credential, if any (a tracking token), is part of the validated input.
 */
export function publicTenantAction<S extends z.ZodType, R>(
  schema: S,
  handler: (ctx: { tenant: TenantSummary }, input: z.output<S>) => Promise<ActionResult<R>>,
) {
  return markAction(
    async (slug: string, raw: z.input<S>): Promise<ActionResult<R>> =>
      runHandled(async () => {
        const tenant = await findTenantBySlug(String(slug));
        if (!tenant) return { ok: false, formError: "errors.notFound" };
        const input = parseInput(schema, raw);
        if (!input.ok) return input.result;
        return handler({ tenant }, input.data);
      }),
    "publicTenant",
  );
}

/** The same, for a plain `<form action>` without client code (language switch, sign-out): no result to show. */
export function publicFormAction<S extends z.ZodType>(schema: S, handler: (input: z.output<S>) => Promise<void>) {
  return markAction(async (formData: FormData): Promise<void> => {
    const input = parseInput(schema, formData);
    if (input.ok) await handler(input.data);
  }, "public");
}
