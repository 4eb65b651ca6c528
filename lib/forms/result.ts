import type { z } from "zod";

/** Message keys of the catalog (lib/i18n/messages/*.json), never raw text: the client translates them. */
export type MessageKey = string;
export type FieldErrors = Record<string, MessageKey[]>;

export type ActionResult<T = undefined> =
  { ok: true; data: T; messageKey?: MessageKey } | { ok: false; formError?: MessageKey; fieldErrors?: FieldErrors };

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
const CATALOG_KEY = /^[a-zA-Z]+(\.[a-zA-Z_]+)+$/;

/** Schema messages are catalog keys; zod's own English messages become the generic key. */
export function toMessageKey(message: string): MessageKey {
  return CATALOG_KEY.test(message) ? message : GENERIC_INVALID;
}

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const key = toMessageKey(issue.message);
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
