"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import type { HousingAudience } from "@/lib/generated/prisma/enums";
import { askHousingAction } from "@/lib/housing/portal-actions";
import { ZAskHousing, type TAskHousingInput } from "@/lib/housing/schemas";

/** A member asks for dates of a unit open to members; staff confirm or decline. */
export function AskForm({
  tenantSlug,
  unitId,
  unitName,
  audiences,
}: {
  tenantSlug: string;
  unitId: string;
  unitName: string;
  audiences: HousingAudience[];
}) {
  const t = useTranslations("housing");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TAskHousingInput, unknown>({
    schema: ZAskHousing,
    action: (values) => askHousingAction(tenantSlug, values),
    defaultValues: { unitId, arrival: "", departure: "", audience: audiences[0] ?? "LOCUMS", message: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("portal.askFor", { unit: unitName })}>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField form={form} name="arrival" type="date" label={t("search.arrival")} required />
        <TextField form={form} name="departure" type="date" label={t("search.departure")} required />
        <SelectField
          form={form}
          name="audience"
          label={t("portal.forWhom")}
          options={audiences.map((a) => ({ value: a, label: t(`audiences.${a}`) }))}
        />
      </div>
      <TextAreaField form={form} name="message" label={t("portal.message")} rows={2} />
      <SubmitButton pending={pending} label={t("portal.ask")} pendingLabel={t("saving")} />
    </form>
  );
}
