"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
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
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="actor-form">
      <h2 id="actor-form" className="text-xl font-semibold">
        {editing ? t("editTitle") : t("createTitle")}
      </h2>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="name" label={t("fields.name")} required />
        <SelectField
          form={form}
          name="category"
          label={t("fields.category")}
          required
          options={NETWORK_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
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
        options={NEED_TYPES.map((n) => ({ value: n, label: needLabels[n] ?? n }))}
      />
      <TextAreaField form={form} name="notes" label={t("fields.notes")} rows={3} />
      <SubmitButton pending={pending} label={t("save")} pendingLabel="…" />
    </form>
  );
}
