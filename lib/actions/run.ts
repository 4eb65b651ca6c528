import type { z } from "zod";

import { isDatabaseUnavailable, reportDatabaseUnavailable } from "@/lib/db/availability";
import { logUnexpected } from "@/lib/forms/log-unexpected";
import { ActionError, fieldErrorsFromZod, type ActionResult } from "@/lib/forms/result";
import { withoutNul } from "@/lib/forms/without-nul";

/** The zod check every wrapper runs first: a refusal names the fields, in catalogue keys. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.output<S> } | { ok: false; result: ActionResult<never> } {
  const parsed = schema.safeParse(withoutNul(raw));
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    result: { ok: false, formError: "errors.checkFields", fieldErrors: fieldErrorsFromZod(parsed.error) },
  };
}

/**
 * Expected refusals become messages; a database outage becomes "try again shortly"; anything else is
 * logged and answered generically. Wrappers run their own lookups (tenant, user) inside it too.
 */
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
    // The database is away (restart, failover): nothing was written (each change is one transaction);
    // the person keeps what they typed and is told to try again shortly.
    if (isDatabaseUnavailable(error)) {
      reportDatabaseUnavailable();
      return { ok: false, formError: "errors.unavailable" };
    }
    logUnexpected("Unexpected action error", error);
    return { ok: false, formError: "errors.unexpected" };
  }
}
