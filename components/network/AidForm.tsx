"use client";

import { useTranslations } from "next-intl";

import { optionsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { TitledForm } from "@/components/forms/TitledForm";
import { useActionForm } from "@/components/forms/use-action-form";
import { createAidAction, updateAidAction } from "@/lib/network/aid-actions";
import { AID_FUNDERS, PRACTICE_MODES, PROFESSIONS, ZAid, type TAidInput } from "@/lib/network/schemas";

import { CheckboxGroup } from "./CheckboxGroup";

export function AidForm({
  tenantSlug,
  labels,
  editing,
}: {
  tenantSlug: string;
  /** Profession and practice mode labels (requests catalogue, not sent to the browser). */
  labels: Record<string, string>;
  editing?: { id: string; values: TAidInput };
}) {
  const t = useTranslations("network.aids");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TAidInput>({
    schema: ZAid,
    action: (values) =>
      editing ? updateAidAction(tenantSlug, { aidId: editing.id, aid: values }) : createAidAction(tenantSlug, values),
    defaultValues: editing?.values ?? {
      name: "",
      funder: "REGION",
      amount: "",
      professions: [],
      practiceModes: [],
      zones: "",
      conditions: "",
      howToApply: "",
      link: "",
      validFrom: "",
      validUntil: "",
    },
    resetOnSuccess: !editing,
  });
  return (
    <TitledForm
      id="aid-form"
      title={editing ? t("editTitle") : t("new")}
      onSubmit={onSubmit}
      formError={formError}
      successKey={successKey}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="name" label={t("name")} required />
        <SelectField
          form={form}
          name="funder"
          label={t("funder")}
          required
          options={optionsOf(AID_FUNDERS, (f) => t(`funders.${f}`))}
        />
        <TextField form={form} name="amount" label={t("amount")} />
        <TextField form={form} name="zones" label={t("zones")} />
        <TextField form={form} name="link" label={t("link")} />
        <TextField form={form} name="validFrom" type="date" label={t("validFrom")} />
        <TextField form={form} name="validUntil" type="date" label={t("validUntil")} />
      </div>
      <CheckboxGroup
        form={form}
        name="professions"
        legend={t("professions")}
        options={optionsOf(PROFESSIONS, (p) => labels[p] ?? p)}
      />
      <CheckboxGroup
        form={form}
        name="practiceModes"
        legend={t("practiceModes")}
        options={optionsOf(PRACTICE_MODES, (m) => labels[m] ?? m)}
      />
      <TextAreaField form={form} name="conditions" label={t("conditions")} rows={3} />
      <TextAreaField form={form} name="howToApply" label={t("howToApply")} rows={3} />
      <SubmitButton pending={pending} label={t("save")} pendingLabel="…" />
    </TitledForm>
  );
}
