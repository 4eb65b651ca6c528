"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { inviteNewcomerToEventAction } from "@/lib/events/actions";
import { ZInviteNewcomer, type TInviteNewcomerInput } from "@/lib/events/schemas";

type Props = {
  tenantSlug: string;
  requestId: string;
  events: { id: string; label: string }[];
  defaultCompanions: number;
};

/** Staff register a newcomer (the soirée des soignants above all) from their request page. */
export function NewcomerInviteForm({ tenantSlug, requestId, events, defaultCompanions }: Props) {
  const t = useTranslations("events.invite");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TInviteNewcomerInput, unknown>({
    schema: ZInviteNewcomer,
    action: (values) => inviteNewcomerToEventAction(tenantSlug, values),
    defaultValues: { requestId, eventId: "", companions: defaultCompanions },
  });
  if (events.length === 0) return <p className="text-sm text-slate-700">{t("noEvent")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("event")}>
      <FormAlert errorKey={formError} successKey={successKey} />
      <SelectField
        form={form}
        name="eventId"
        label={t("event")}
        required
        options={[{ value: "", label: t("choose") }, ...events.map((e) => ({ value: e.id, label: e.label }))]}
      />
      <TextField form={form} name="companions" type="number" inputMode="numeric" label={t("companions")} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel="…" />
    </form>
  );
}
