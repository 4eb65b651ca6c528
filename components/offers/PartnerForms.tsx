"use client";

import { useTranslations } from "next-intl";

import {
  CheckboxField,
  optionsOf,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "@/components/forms/Field";
import { TitledForm } from "@/components/forms/TitledForm";
import { useActionForm } from "@/components/forms/use-action-form";
import { AUDIENCES } from "@/lib/events/schemas";
import { createOfferAction, createPartnerAction, updateOfferAction, updatePartnerAction } from "@/lib/offers/actions";
import { PARTNER_CATEGORIES, ZOffer, ZPartner, type TOfferInput, type TPartnerInput } from "@/lib/offers/schemas";

export function PartnerForm({
  tenantSlug,
  editing,
}: {
  tenantSlug: string;
  editing?: { id: string; values: TPartnerInput };
}) {
  const t = useTranslations("offers");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TPartnerInput>({
    schema: ZPartner,
    action: (values) =>
      editing
        ? updatePartnerAction(tenantSlug, { ...values, partnerId: editing.id })
        : createPartnerAction(tenantSlug, values),
    defaultValues: editing?.values ?? {
      name: "",
      category: "VEHICLES",
      address: "",
      phone: "",
      website: "",
      logoUrl: "",
      contactPerson: "",
      notes: "",
    },
    resetOnSuccess: !editing,
  });
  return (
    <TitledForm
      id="partner-form"
      title={editing ? t("editPartner") : t("partnerForm")}
      onSubmit={onSubmit}
      formError={formError}
      successKey={successKey}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="name" label={t("name")} required />
        <SelectField
          form={form}
          name="category"
          label={t("category")}
          required
          options={optionsOf(PARTNER_CATEGORIES, (c) => t(`categories.${c}`))}
        />
        <TextField form={form} name="address" label={t("address")} />
        <TextField form={form} name="phone" type="tel" label={t("phone")} />
        <TextField form={form} name="website" label={t("website")} />
        <TextField form={form} name="logoUrl" label={t("logoUrl")} hint={t("logoUrlHint")} />
        <TextField form={form} name="contactPerson" label={t("contactPerson")} />
      </div>
      <TextAreaField form={form} name="notes" label={t("notes")} rows={2} />
      <SubmitButton pending={pending} label={t("savePartner")} pendingLabel="…" />
    </TitledForm>
  );
}

type OfferFormProps = {
  tenantSlug: string;
  partners: { id: string; name: string }[];
  today: string;
  /** Editing an existing offer; a draft can be published from here. */
  editing?: { id: string; values: TOfferInput; isDraft: boolean };
  /** How many members the announcement will reach (those who opted in), shown before publishing. */
  audience: number;
};

export function OfferForm({ tenantSlug, partners, today, editing, audience }: OfferFormProps) {
  const t = useTranslations("offers");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TOfferInput, unknown>({
    schema: ZOffer,
    action: (values) =>
      editing
        ? updateOfferAction(tenantSlug, { ...values, offerId: editing.id })
        : createOfferAction(tenantSlug, values),
    defaultValues: editing?.values ?? {
      partnerId: partners[0]?.id ?? "",
      title: "",
      description: "",
      discount: "",
      howToClaim: "",
      conditions: "",
      validFrom: today,
      validUntil: "",
      audience: "MEMBERS",
      publish: true,
    },
    resetOnSuccess: !editing,
  });
  return (
    <TitledForm
      id="offer-form"
      title={editing ? t("editOffer") : t("offerForm")}
      onSubmit={onSubmit}
      formError={formError}
      successKey={successKey}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          form={form}
          name="partnerId"
          label={t("partner")}
          required
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField form={form} name="title" label={t("title")} required />
        <TextField form={form} name="discount" label={t("discount")} required />
        <TextField form={form} name="howToClaim" label={t("howToClaim")} required />
        <TextField form={form} name="validFrom" type="date" label={t("validFrom")} required />
        <TextField form={form} name="validUntil" type="date" label={t("validUntil")} />
        <SelectField
          form={form}
          name="audience"
          label={t("audience")}
          options={AUDIENCES.map((a) => ({
            value: a,
            label: t(`audiences.${a}`),
          }))}
        />
      </div>
      <TextAreaField form={form} name="description" label={t("description")} rows={2} />
      <TextAreaField form={form} name="conditions" label={t("conditions")} rows={2} />
      {!editing || editing.isDraft ? (
        <CheckboxField
          form={form}
          name="publish"
          label={t("publish")}
          hint={t("announcementReach", { count: audience })}
        />
      ) : null}
      <SubmitButton pending={pending} label={t("saveOffer")} pendingLabel="…" />
    </TitledForm>
  );
}
