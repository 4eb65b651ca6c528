"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";

import { CheckboxField, errorKeyAt, SelectField, TextAreaField, TextField } from "@/components/forms/Field";
import { useMessage } from "@/components/forms/Message";
import { ADMIN_PROCEDURES, NEED_TYPES, type NeedTypeKey, type TIntakeInput } from "@/lib/requests/intake-schema";

type Props = { form: UseFormReturn<TIntakeInput> };

const DEFAULTS: Record<NeedTypeKey, object> = {
  SPOUSE_JOB: { profession: "", notes: "" },
  TEMPORARY_HOUSING: { from: "", to: "", budget: "", notes: "" },
  LONG_TERM_HOUSING: { mode: "RENT", budget: "", rooms: "", notes: "" },
  VEHICLE: { mode: "RENT", notes: "" },
  SCHOOL: { levels: "", notes: "" },
  CHILDCARE: { ages: "", atypicalHours: false, notes: "" },
  ADMIN_PROCEDURES: { procedures: [], notes: "" },
  PRACTICE_PREMISES: { notes: "" },
  FINANCIAL_AIDS: { notes: "" },
  MENTORING: { notes: "" },
  OTHER: { notes: "" },
};

function NeedDetails({ form, type }: Props & { type: NeedTypeKey }) {
  const t = useTranslations("requests.needFields");
  const message = useMessage();
  const base = `needs.${type}` as const;
  const modeOptions = [
    { value: "RENT", label: t("RENT") },
    { value: "BUY", label: t("BUY") },
  ];
  switch (type) {
    case "SPOUSE_JOB":
      return <TextField form={form} name={`${base}.profession` as never} label={t("profession")} />;
    case "TEMPORARY_HOUSING":
      return (
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField form={form} name={`${base}.from` as never} type="date" label={t("from")} required />
          <TextField form={form} name={`${base}.to` as never} type="date" label={t("to")} required />
          <TextField
            form={form}
            name={`${base}.budget` as never}
            type="number"
            inputMode="numeric"
            label={t("budget")}
            required
          />
        </div>
      );
    case "LONG_TERM_HOUSING":
      return (
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField form={form} name={`${base}.mode` as never} label={t("mode")} options={modeOptions} required />
          <TextField
            form={form}
            name={`${base}.budget` as never}
            type="number"
            inputMode="numeric"
            label={t("budgetBuy")}
            required
          />
          <TextField
            form={form}
            name={`${base}.rooms` as never}
            type="number"
            inputMode="numeric"
            label={t("rooms")}
            required
          />
        </div>
      );
    case "VEHICLE":
      return (
        <SelectField form={form} name={`${base}.mode` as never} label={t("mode")} options={modeOptions} required />
      );
    case "SCHOOL":
      return <TextField form={form} name={`${base}.levels` as never} label={t("levels")} required />;
    case "CHILDCARE":
      return (
        <div className="space-y-3">
          <TextField form={form} name={`${base}.ages` as never} label={t("ages")} required />
          <CheckboxField form={form} name={`${base}.atypicalHours` as never} label={t("atypicalHours")} />
        </div>
      );
    case "ADMIN_PROCEDURES": {
      const error = errorKeyAt(form.formState.errors, `${base}.procedures`);
      return (
        <fieldset aria-describedby={error ? `${base}-procedures-error` : undefined}>
          <legend className="font-medium">
            {t("procedures")}{" "}
            <span aria-hidden="true" className="text-red-700">
              *
            </span>
          </legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {ADMIN_PROCEDURES.map((p) => (
              <label key={p} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  value={p}
                  className="h-5 w-5 accent-brand"
                  {...form.register(`${base}.procedures` as never)}
                />
                {t(p)}
              </label>
            ))}
          </div>
          {error ? (
            <p id={`${base}-procedures-error`} className="text-sm font-medium text-red-700">
              {message(error)}
            </p>
          ) : null}
        </fieldset>
      );
    }
    case "OTHER":
      return <TextAreaField form={form} name={`${base}.notes` as never} label={t("otherNotes")} rows={3} required />;
    default:
      return null;
  }
}

export function StepNeeds({ form }: Props) {
  const t = useTranslations("requests");
  const message = useMessage();
  const needs = form.watch("needs") ?? {};
  const noneError = errorKeyAt(form.formState.errors, "needs._any") ?? errorKeyAt(form.formState.errors, "needs");
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-slate-800">{t("intake.needsIntro")}</legend>
      {noneError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {message(noneError)}
        </p>
      ) : null}
      {NEED_TYPES.map((type) => {
        const selected = needs[type] !== undefined;
        const id = `need-${type}`;
        return (
          <div
            key={type}
            className={`rounded-md border p-3 ${selected ? "border-brand bg-sky-50" : "border-slate-300 bg-white"}`}
          >
            <div className="flex items-center gap-3">
              <input
                id={id}
                type="checkbox"
                className="h-5 w-5 accent-brand"
                checked={selected}
                onChange={(e) =>
                  form.setValue(`needs.${type}`, (e.target.checked ? { ...DEFAULTS[type] } : undefined) as never, {
                    shouldDirty: true,
                  })
                }
              />
              <label htmlFor={id} className="font-medium">
                {t(`needs.${type}`)}
              </label>
            </div>
            {selected ? (
              <div className="mt-3 space-y-3 pl-8">
                <NeedDetails form={form} type={type} />
                {type !== "OTHER" ? (
                  <TextAreaField
                    form={form}
                    name={`needs.${type}.notes` as never}
                    label={t("needFields.notes")}
                    rows={2}
                  />
                ) : null}
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
