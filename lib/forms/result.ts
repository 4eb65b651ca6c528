import type { z } from "zod";

/** Message keys of the catalog (lib/i18n/messages/*.json), never raw text: the client translates them. */
export type MessageKey = string;
export type FieldErrors = Record<string, MessageKey[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; messageKey?: MessageKey }
  | { ok: false; formError?: MessageKey; fieldErrors?: FieldErrors };

/** An expected refusal, reported to the person in words (next to a field when `field` is set). */
export class ActionError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = "ActionError";
  }
}

const GENERIC_INVALID = "errors.invalid";

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const key = issue.message.startsWith("errors.") ? issue.message : GENERIC_INVALID;
    (result[field] ??= []).push(key);
  }
  return result;
}

export function ok<T>(data: T, messageKey?: MessageKey): ActionResult<T> {
  return { ok: true, data, messageKey };
}

export function fail(formError: MessageKey, fieldErrors?: FieldErrors): ActionResult<never> {
  return { ok: false, formError, fieldErrors };
}
