"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type UseFormReturn } from "react-hook-form";

import { CheckboxField, SelectField, TextField } from "@/components/forms/Field";
import { PRACTICE_MODES, PROFESSIONS, type TIntakeInput } from "@/lib/requests/intake-schema";

type StepProps = { form: UseFormReturn<TIntakeInput> };

export function StepIdentity({ form }: StepProps) {
  const t = useTranslations("requests");
  const profession = form.watch("identity.profession");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        form={form}
        name="identity.firstName"
        label={t("intake.firstName")}
        autoComplete="given-name"
        required
      />
      <TextField
        form={form}
        name="identity.lastName"
        label={t("intake.lastName")}
        autoComplete="family-name"
        required
      />
      <TextField
        form={form}
        name="identity.email"
        type="email"
        label={t("intake.email")}
        autoComplete="email"
        required
      />
      <TextField form={form} name="identity.phone" type="tel" label={t("intake.phone")} autoComplete="tel" required />
      <SelectField
        form={form}
        name="identity.profession"
        label={t("intake.profession")}
        required
        options={[{ value: "", label: "—" }, ...PROFESSIONS.map((p) => ({ value: p, label: t(`professions.${p}`) }))]}
      />
      {profession === "MEDECIN_SPECIALISTE" ? (
        <TextField
          form={form}
          name="identity.specialty"
          label={t("intake.specialty")}
          hint={t("intake.specialtyHint")}
        />
      ) : null}
      <SelectField
        form={form}
        name="identity.practiceMode"
        label={t("intake.practiceMode")}
        required
        options={[
          { value: "", label: "—" },
          ...PRACTICE_MODES.map((m) => ({ value: m, label: t(`practiceModes.${m}`) })),
        ]}
      />
    </div>
  );
}

export function StepProject({ form }: StepProps) {
  const t = useTranslations("requests.intake");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        form={form}
        name="project.currentCity"
        label={t("currentCity")}
        autoComplete="address-level2"
        required
      />
      <TextField
        form={form}
        name="project.currentCountry"
        label={t("currentCountry")}
        autoComplete="country-name"
        required
      />
      <TextField form={form} name="project.desiredArrivalDate" type="date" label={t("desiredArrivalDate")} />
      <TextField
        form={form}
        name="project.practiceArea"
        label={t("practiceArea")}
        hint={t("practiceAreaHint")}
        required
      />
    </div>
  );
}

export function StepHousehold({ form }: StepProps) {
  const t = useTranslations("requests.intake");
  const hasPartner = form.watch("household.hasPartner");
  const children = useFieldArray({ control: form.control, name: "household.children" });
  return (
    <div className="space-y-6">
      <CheckboxField form={form} name="household.hasPartner" label={t("hasPartner")} />
      {hasPartner ? <TextField form={form} name="household.partnerProfession" label={t("partnerProfession")} /> : null}
      <fieldset className="space-y-3">
        <legend className="font-medium">{t("children")}</legend>
        {children.fields.length === 0 ? <p className="text-slate-700">{t("noChildren")}</p> : null}
        {children.fields.map((field, index) => (
          <div key={field.id} className="flex items-end gap-3">
            <div className="w-40">
              <TextField
                form={form}
                name={`household.children.${index}.age`}
                type="number"
                inputMode="numeric"
                label={t("childAge", { n: index + 1 })}
                required
              />
            </div>
            <button type="button" className="btn-secondary px-3 py-2 text-sm" onClick={() => children.remove(index)}>
              {t("removeChild", { n: index + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="btn-secondary" onClick={() => children.append({ age: "" as never })}>
          {t("addChild")}
        </button>
      </fieldset>
    </div>
  );
}
