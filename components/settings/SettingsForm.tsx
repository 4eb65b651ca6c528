"use client";

import { useTranslations } from "next-intl";

import { SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveTenantSettingsAction } from "@/lib/settings/actions";
import { ZTenantSettings, type TTenantSettingsInput } from "@/lib/settings/schemas";

export function SettingsForm({ tenantSlug, defaults }: { tenantSlug: string; defaults: TTenantSettingsInput }) {
  const t = useTranslations("settings");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TTenantSettingsInput>({
    schema: ZTenantSettings,
    action: (values) => saveTenantSettingsAction(tenantSlug, values),
    defaultValues: defaults,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          form={form}
          name="firstResponseDays"
          type="number"
          inputMode="numeric"
          label={t("firstResponseDays")}
          hint={t("firstResponseDaysHint")}
          required
        />
        <TextField
          form={form}
          name="referralReminderDays"
          type="number"
          inputMode="numeric"
          label={t("referralReminderDays")}
          hint={t("referralReminderDaysHint")}
        />
        <TextField
          form={form}
          name="referencePrefix"
          label={t("referencePrefix")}
          hint={t("referencePrefixHint")}
          required
        />
      </div>
      <TextAreaField form={form} name="welcomeText" label={t("welcomeText")} rows={4} />
      <TextAreaField
        form={form}
        name="commitmentText"
        label={t("commitmentText")}
        hint={t("commitmentTextHint")}
        rows={3}
        required
      />
      <SubmitButton pending={pending} label={t("save")} pendingLabel="…" />
    </form>
  );
}
