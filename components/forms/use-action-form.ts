"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";

import type { ActionResult, MessageKey } from "@/lib/forms/result";

type Schema<TIn> = z.ZodType<unknown, TIn>;

type Options<TIn extends FieldValues, R> = {
  /**
   * The action's input schema, or a loader of it (`() => import("…/schemas").then((m) => m.ZX)`): a public
   * page's form then downloads zod after the page is interactive, not before (issue 11). Same validation.
   */
  schema: Schema<TIn> | (() => Promise<Schema<TIn>>);
  action: (values: TIn) => Promise<ActionResult<R>>;
  defaultValues: DefaultValues<TIn>;
  onSuccess?: (result: Extract<ActionResult<R>, { ok: true }>, values: TIn) => void;
  onFailure?: (result: Extract<ActionResult<R>, { ok: false }>) => void;
  resetOnSuccess?: boolean;
  /** When to validate as the person types; long multi-step forms use "onSubmit" to avoid layout shifts on blur. */
  mode?: "onTouched" | "onSubmit";
};

/**
 * The one form pattern: zod validates on the client (same schema as the server action), the action
 * re-validates and answers with field errors that land next to their fields; input is never cleared on error.
 */
export function useActionForm<TIn extends FieldValues, R = undefined>({
  schema,
  action,
  defaultValues,
  onSuccess,
  onFailure,
  resetOnSuccess = false,
  mode = "onTouched",
}: Options<TIn, R>) {
  const resolver = useMemo(() => schemaResolver(schema), [schema]);
  // A loaded schema is fetched as soon as the form is on screen, so that the first check rarely waits.
  useEffect(() => {
    if (typeof schema === "function") void schema().catch(() => undefined);
  }, [schema]);
  const form = useForm<TIn>({
    // The resolver validates the form's input values; the action receives them and parses them again.
    resolver,
    defaultValues,
    mode,
  });
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [successKey, setSuccessKey] = useState<MessageKey | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSuccessKey(null);
    let result: ActionResult<R>;
    try {
      result = await action(values);
    } catch (error) {
      // Next's redirect() travels as an exception: let the framework handle it.
      if (error && typeof error === "object" && "digest" in error) throw error;
      setFormError("errors.network");
      return;
    }
    if (!result) return;
    if (!result.ok) {
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<TIn>, { type: "server", message: keys[0] }, { shouldFocus: true });
      }
      setFormError(result.formError ?? null);
      onFailure?.(result);
      return;
    }
    setSuccessKey(result.messageKey ?? null);
    if (resetOnSuccess) form.reset(defaultValues);
    onSuccess?.(result, values);
  });

  return { form, onSubmit, formError, successKey, pending: form.formState.isSubmitting };
}

function schemaResolver<TIn extends FieldValues>(schema: Schema<TIn> | (() => Promise<Schema<TIn>>)): Resolver<TIn> {
  if (typeof schema !== "function") return zodResolver(schema as never) as never;
  let resolver: Promise<Resolver<TIn>> | undefined;
  return async (values, context, options) => {
    resolver ??= schema().then((loaded) => zodResolver(loaded as never) as never);
    return (await resolver)(values, context, options);
  };
}
