"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

/** A list of checkboxes writing an array of values (need types, professions, practice modes). */
export function CheckboxGroup<T extends FieldValues>({
  form,
  name,
  legend,
  options,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const initial = (form.formState.defaultValues?.[name as string] ?? []) as string[];
  return (
    <fieldset className="space-y-1">
      <legend className="font-medium text-slate-900">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              value={o.value}
              defaultChecked={initial.includes(o.value)}
              className="mt-1 h-5 w-5 shrink-0 accent-brand"
              {...form.register(name)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
