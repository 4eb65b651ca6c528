"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  ZNewcomerContact,
  ZNewcomerReply,
  type TNewcomerContactInput,
  type TNewcomerReplyInput,
} from "@/lib/requests/schemas";
import {
  requestDataDeletionAction,
  sendNewcomerReplyAction,
  updateNewcomerContactAction,
  withdrawRequestAction,
} from "@/lib/requests/tracking-actions";

type Base = { tenantSlug: string; token: string };

export function ReplyForm({ tenantSlug, token }: Base) {
  const t = useTranslations("requests.track");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TNewcomerReplyInput>({
    schema: ZNewcomerReply,
    action: (values) => sendNewcomerReplyAction(tenantSlug, values),
    defaultValues: { token, body: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert errorKey={formError} successKey={successKey} />
      <TextAreaField form={form} name="body" label={t("reply")} rows={3} required />
      <SubmitButton pending={pending} label={t("send")} pendingLabel="…" />
    </form>
  );
}

export function ContactForm({
  tenantSlug,
  token,
  defaults,
}: Base & { defaults: { email: string; phone: string; desiredArrivalDate: string } }) {
  const t = useTranslations("requests");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TNewcomerContactInput>({
    schema: ZNewcomerContact,
    action: (values) => updateNewcomerContactAction(tenantSlug, values),
    defaultValues: { token, ...defaults },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField form={form} name="email" type="email" label={t("intake.email")} autoComplete="email" required />
        <TextField form={form} name="phone" type="tel" label={t("intake.phone")} autoComplete="tel" required />
        <TextField form={form} name="desiredArrivalDate" type="date" label={t("intake.desiredArrivalDate")} />
      </div>
      <SubmitButton pending={pending} label={t("track.save")} pendingLabel="…" />
    </form>
  );
}

/** Withdrawal or deletion request, each confirmed first. */
export function ConfirmButton({ tenantSlug, token, kind }: Base & { kind: "withdraw" | "deletion" }) {
  const t = useTranslations("requests.track");
  const action = kind === "withdraw" ? withdrawRequestAction : requestDataDeletionAction;
  return (
    <ActionButton
      variant="danger"
      label={t(kind === "withdraw" ? "withdraw" : "deletion")}
      confirm={t(kind === "withdraw" ? "withdrawConfirm" : "deletionConfirm")}
      action={() => action(tenantSlug, { token })}
    />
  );
}
