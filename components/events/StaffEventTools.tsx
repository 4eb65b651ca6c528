"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { cancelWholeEventAction, checkInRegistrationAction, messageRegistrantsAction } from "@/lib/events/actions";
import { ZEventMessage, type TEventMessageInput } from "@/lib/events/schemas";

export function CheckInButton({
  tenantSlug,
  registrationId,
  name,
  checkedIn,
}: {
  tenantSlug: string;
  registrationId: string;
  name: string;
  checkedIn: boolean;
}) {
  const t = useTranslations("events");
  return (
    <ActionButton
      label={checkedIn ? t("undoCheckIn") : t("checkIn")}
      srLabel={name}
      size="touch"
      action={() => checkInRegistrationAction(tenantSlug, { registrationId })}
    />
  );
}

export function CancelEventButton({ tenantSlug, eventId }: { tenantSlug: string; eventId: string }) {
  const t = useTranslations("events");
  return (
    <ActionButton
      variant="danger"
      label={t("cancelEvent")}
      confirm={t("cancelEventConfirm")}
      action={() => cancelWholeEventAction(tenantSlug, { eventId })}
    />
  );
}

export function MessageRegistrantsForm({ tenantSlug, eventId }: { tenantSlug: string; eventId: string }) {
  const t = useTranslations("events");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TEventMessageInput>({
    schema: ZEventMessage,
    action: (values) => messageRegistrantsAction(tenantSlug, values),
    defaultValues: { eventId, subject: "", body: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby="message-registrants">
      <h2 id="message-registrants" className="text-xl font-semibold">
        {t("messageTitle")}
      </h2>
      <FormAlert errorKey={formError} successKey={successKey} />
      <TextField form={form} name="subject" label={t("messageSubject")} required />
      <TextAreaField form={form} name="body" label={t("messageBody")} rows={4} required />
      <SubmitButton pending={pending} label={t("messageSend")} pendingLabel="…" />
    </form>
  );
}
