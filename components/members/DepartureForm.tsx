"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { valuesOf } from "@/lib/forms/enums";
import { LeavingReason } from "@/lib/generated/prisma/enums";
import { recordMemberDepartureAction } from "@/lib/members/actions";
import { ZMemberDeparture, type TMemberDepartureInput } from "@/lib/members/schemas";

/** Coordinators record a member's departure (demographic watch); the action checks the role again. */
export function DepartureForm({
  tenantSlug,
  membershipId,
  today,
}: {
  tenantSlug: string;
  membershipId: string;
  today: string;
}) {
  const t = useTranslations("departure");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TMemberDepartureInput>({
    schema: ZMemberDeparture,
    action: (values) => recordMemberDepartureAction(tenantSlug, values),
    defaultValues: { membershipId, leftAt: today, reason: "LEFT_TERRITORY" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby="departure-title">
      <h2 id="departure-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <FormAlert errorKey={formError} successKey={successKey} />
      <TextField form={form} name="leftAt" type="date" label={t("leftAt")} required />
      <SelectField
        form={form}
        name="reason"
        label={t("reason")}
        required
        options={valuesOf(LeavingReason).map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel="…" />
    </form>
  );
}
