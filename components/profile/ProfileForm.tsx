"use client";

import { useTranslations } from "next-intl";

import { CheckboxField, SelectField, SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { professionOptions } from "@/components/members/profession-options";
import { saveMyProfileAction } from "@/lib/members/profile-actions";
import { ZProfile, type TProfileInput } from "@/lib/members/schemas";

export function ProfileForm({ tenantSlug, initial }: { tenantSlug: string; initial: TProfileInput }) {
  const t = useTranslations("profile");
  const tReq = useTranslations("requests");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TProfileInput>({
    schema: ZProfile,
    action: (values) => saveMyProfileAction(tenantSlug, values),
    defaultValues: initial,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="profile-form-title">
      <h2 id="profile-form-title" className="text-xl font-semibold">
        {t("contactTitle")}
      </h2>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="name" label={t("name")} required autoComplete="name" />
        <TextField form={form} name="phone" type="tel" inputMode="tel" label={t("phone")} autoComplete="tel" />
        <SelectField
          form={form}
          name="profession"
          label={t("profession")}
          options={professionOptions(tReq, t("noProfession"))}
        />
        <TextField form={form} name="specialty" label={t("specialty")} />
        <TextField form={form} name="practicePlace" label={t("practicePlace")} hint={t("practicePlaceHint")} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("preferencesTitle")}</legend>
        <CheckboxField form={form} name="directoryOptIn" label={t("directoryOptIn")} hint={t("directoryOptInHint")} />
        <CheckboxField form={form} name="notifyEvents" label={t("notifyEvents")} hint={t("notifyEventsHint")} />
        <CheckboxField form={form} name="notifyOffers" label={t("notifyOffers")} hint={t("notifyOffersHint")} />
      </fieldset>
      <SubmitButton pending={pending} label={t("save")} pendingLabel="…" />
    </form>
  );
}
