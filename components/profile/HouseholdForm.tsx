"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { addToMyHouseholdAction } from "@/lib/members/profile-actions";
import { ZHouseholdMember, type THouseholdMemberInput } from "@/lib/members/schemas";

export function HouseholdForm({ tenantSlug }: { tenantSlug: string }) {
  const t = useTranslations("profile");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<THouseholdMemberInput>({
    schema: ZHouseholdMember,
    action: (values) => addToMyHouseholdAction(tenantSlug, values),
    defaultValues: { relation: "CHILD", firstName: "", birthYear: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("householdAdd")}>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          form={form}
          name="relation"
          label={t("relation")}
          options={[
            { value: "PARTNER", label: t("relations.PARTNER") },
            { value: "CHILD", label: t("relations.CHILD") },
          ]}
        />
        <TextField form={form} name="firstName" label={t("firstName")} required />
        <TextField
          form={form}
          name="birthYear"
          type="number"
          inputMode="numeric"
          label={t("birthYear")}
          hint={t("birthYearHint")}
        />
      </div>
      <SubmitButton pending={pending} label={t("householdAdd")} pendingLabel="…" />
    </form>
  );
}
