"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { createTenantAction } from "@/lib/platform/actions";
import { TIME_ZONES, ZCreateTenant, type TCreateTenantInput } from "@/lib/platform/schemas";

export function CreateTenantForm() {
  const t = useTranslations("platform");
  const tForms = useTranslations("forms");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TCreateTenantInput, { slug: string }>({
    schema: ZCreateTenant,
    action: createTenantAction,
    defaultValues: { slug: "", name: "", region: "", timeZone: "Europe/Paris", contactEmail: "", coordinatorEmail: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="create-tenant-title">
      <h2 id="create-tenant-title" className="text-xl font-semibold">
        {t("createTitle")}
      </h2>
      <p className="text-sm text-slate-700">{tForms("requiredHint")}</p>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="name" label={t("name")} required />
        <TextField form={form} name="slug" label={t("slug")} hint={t("slugHint")} required />
        <TextField form={form} name="region" label={t("region")} required />
        <SelectField
          form={form}
          name="timeZone"
          label={t("timeZone")}
          required
          options={TIME_ZONES.map((z) => ({ value: z, label: z }))}
        />
        <TextField form={form} name="contactEmail" type="email" label={t("contactEmail")} required />
        <TextField
          form={form}
          name="coordinatorEmail"
          type="email"
          label={t("coordinatorEmail")}
          hint={t("coordinatorHint")}
          required
        />
      </div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
