"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { professionOptions } from "@/components/members/profession-options";
import { saveMemberDetailsAction } from "@/lib/members/actions";
import { ZStaffMemberEdit, type TStaffMemberEditInput } from "@/lib/members/schemas";

export function MemberDetailsForm({ tenantSlug, initial }: { tenantSlug: string; initial: TStaffMemberEditInput }) {
  const t = useTranslations("memberAdmin");
  const tReq = useTranslations("requests");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TStaffMemberEditInput>({
    schema: ZStaffMemberEdit,
    action: (values) => saveMemberDetailsAction(tenantSlug, values),
    defaultValues: initial,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="member-details-title">
      <h2 id="member-details-title" className="text-xl font-semibold">
        {t("detailsTitle")}
      </h2>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          form={form}
          name="profession"
          label={t("profession")}
          options={professionOptions(tReq, t("noProfession"))}
        />
        <TextField form={form} name="specialty" label={t("specialty")} />
        <TextField form={form} name="practicePlace" label={t("practicePlace")} />
        <TextField form={form} name="phone" type="tel" inputMode="tel" label={t("phone")} />
        <TextField form={form} name="arrivalDate" type="date" label={t("arrivalDate")} />
        <TextField form={form} name="requestReference" label={t("requestReference")} hint={t("requestReferenceHint")} />
      </div>
      <TextAreaField form={form} name="notes" label={t("notes")} hint={t("notesHint")} />
      <SubmitButton pending={pending} label={t("save")} pendingLabel="…" />
    </form>
  );
}
