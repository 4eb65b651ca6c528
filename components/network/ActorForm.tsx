"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { optionsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { TitledForm } from "@/components/forms/TitledForm";
import { useActionForm } from "@/components/forms/use-action-form";
import { createActorAction, updateActorAction } from "@/lib/network/actor-actions";
import { NEED_TYPES, NETWORK_CATEGORIES, ZActor, type TActorInput } from "@/lib/network/schemas";

import { CheckboxGroup } from "./CheckboxGroup";

export function ActorForm({
  tenantSlug,
  needLabels,
  editing,
}: {
  tenantSlug: string;
  /** Need labels come from the requests catalogue, which this page does not send to the browser. */
  needLabels: Record<string, string>;
  editing?: { id: string; values: TActorInput };
}) {
  const t = useTranslations("network");
  const router = useRouter();
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TActorInput, { id: string }>({
    schema: ZActor,
    action: (values) =>
      editing
        ? updateActorAction(tenantSlug, { ...values, actorId: editing.id })
        : createActorAction(tenantSlug, values),
    defaultValues: editing?.values ?? {
      name: "",
      category: "ESTATE_AGENCY",
      needTypes: [],
      communes: "",
      tags: "",
      website: "",
      address: "",
      phone: "",
      email: "",
      notes: "",
    },
    onSuccess: (result) => {
      if (!editing) router.push(`/${tenantSlug}/admin/network/${result.data.id}`);
    },
  });
  return (
    <TitledForm
      id="actor-form"
      title={editing ? t("editTitle") : t("createTitle")}
      onSubmit={onSubmit}
      formError={formError}
      successKey={successKey}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="name" label={t("fields.name")} required />
        <SelectField
          form={form}
          name="category"
          label={t("fields.category")}
          required
          options={optionsOf(NETWORK_CATEGORIES, (c) => t(`categories.${c}`))}
        />
        <TextField form={form} name="communes" label={t("fields.communes")} hint={t("fields.communesHint")} />
        <TextField form={form} name="tags" label={t("fields.tags")} hint={t("fields.tagsHint")} />
        <TextField form={form} name="phone" type="tel" label={t("fields.phone")} />
        <TextField form={form} name="email" type="email" label={t("fields.email")} />
        <TextField form={form} name="website" label={t("fields.website")} />
        <TextField form={form} name="address" label={t("fields.address")} />
      </div>
      <CheckboxGroup
        form={form}
        name="needTypes"
        legend={t("fields.needTypes")}
        options={optionsOf(NEED_TYPES, (n) => needLabels[n] ?? n)}
      />
      <TextAreaField form={form} name="notes" label={t("fields.notes")} rows={3} />
      <SubmitButton pending={pending} label={t("save")} pendingLabel="…" />
    </TitledForm>
  );
}
