"use client";

import { useId, type ReactNode } from "react";
import { get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";

import { useMessage } from "./Message";

/** The catalog key of the error at a (possibly nested) field name. */
export function errorKeyAt(errors: object, name: string): string | undefined {
  return (get(errors, name) as { message?: string } | undefined)?.message;
}

/** The options of a select or a group of boxes, from a list of values (a Prisma enum's) and their label. */
export function optionsOf<V extends string>(values: readonly V[], labelOf: (value: V) => string) {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

type BaseProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  required?: boolean;
};

/**
 * The field's initial value as an HTML attribute: register() only fills inputs once scripts run, so
 * without it the server HTML shows empty fields (a profile that "fills in" after loading).
 */
function initialValue<T extends FieldValues>({ form, name }: BaseProps<T>): unknown {
  return get(form.formState.defaultValues, name);
}

function initialText<T extends FieldValues>(props: BaseProps<T>): string | number | undefined {
  const value = initialValue(props);
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

function useFieldA11y<T extends FieldValues>({ form, name, hint }: BaseProps<T>) {
  const id = useId();
  // Nested names ("identity.email") address nested error objects.
  const errorKey = errorKeyAt(form.formState.errors, name);
  const describedBy =
    [hint ? `${id}-hint` : null, errorKey ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, errorKey, describedBy };
}

function FieldShell({
  id,
  label,
  hint,
  required,
  errorKey,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  errorKey?: string;
  children: ReactNode;
}) {
  const message = useMessage();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {errorKey ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {message(errorKey)}
        </p>
      ) : null}
    </div>
  );
}

const inputClass =
  "w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

export function TextField<T extends FieldValues>(
  props: BaseProps<T> & {
    type?: "text" | "email" | "tel" | "date" | "datetime-local" | "number" | "month";
    autoComplete?: string;
    inputMode?: "numeric" | "tel" | "email";
  },
) {
  const { id, errorKey, describedBy } = useFieldA11y(props);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} required={props.required} errorKey={errorKey}>
      <input
        id={id}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-invalid={errorKey ? true : undefined}
        aria-required={props.required || undefined}
        aria-describedby={describedBy}
        className={inputClass}
        defaultValue={initialText(props)}
        {...props.form.register(props.name)}
      />
    </FieldShell>
  );
}

export function SelectField<T extends FieldValues>(
  props: BaseProps<T> & { options: { value: string; label: string }[] },
) {
  const { id, errorKey, describedBy } = useFieldA11y(props);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} required={props.required} errorKey={errorKey}>
      <select
        id={id}
        aria-invalid={errorKey ? true : undefined}
        aria-required={props.required || undefined}
        aria-describedby={describedBy}
        className={inputClass}
        defaultValue={initialText(props)}
        {...props.form.register(props.name)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function SubmitButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <button type="submit" disabled={pending} aria-busy={pending || undefined} className="btn-primary">
      {pending ? pendingLabel : label}
    </button>
  );
}

export function TextAreaField<T extends FieldValues>(props: BaseProps<T> & { rows?: number }) {
  const { id, errorKey, describedBy } = useFieldA11y(props);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} required={props.required} errorKey={errorKey}>
      <textarea
        id={id}
        rows={props.rows ?? 4}
        aria-invalid={errorKey ? true : undefined}
        aria-required={props.required || undefined}
        aria-describedby={describedBy}
        className={inputClass}
        defaultValue={initialText(props)}
        {...props.form.register(props.name)}
      />
    </FieldShell>
  );
}

export function CheckboxField<T extends FieldValues>(props: BaseProps<T> & { children?: ReactNode }) {
  const { id, errorKey, describedBy } = useFieldA11y(props);
  const message = useMessage();
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 h-5 w-5 shrink-0 accent-brand"
          defaultChecked={initialValue(props) === true}
          {...props.form.register(props.name)}
        />
        <label htmlFor={id} className="text-slate-900">
          {props.label}
          {props.required ? (
            <span aria-hidden="true" className="text-red-700">
              {" "}
              *
            </span>
          ) : null}
        </label>
      </div>
      {props.hint ? (
        <p id={`${id}-hint`} className="ml-8 text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {errorKey ? (
        <p id={`${id}-error`} className="ml-8 text-sm font-medium text-red-700">
          {message(errorKey)}
        </p>
      ) : null}
    </div>
  );
}
