"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { requestDataDeletion, sendNewcomerReply, updateNewcomerContact, withdrawRequest } from "@/lib/requests/tracking-actions";
import { ZNewcomerContact, ZNewcomerReply, type TNewcomerContactInput, type TNewcomerReplyInput } from "@/lib/requests/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { FormAlert, useMessage } from "@/components/forms/Message";

type Base = { tenantSlug: string; token: string };

export function ReplyForm({ tenantSlug, token }: Base) {
  const t = useTranslations("requests.track");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TNewcomerReplyInput>({
    schema: ZNewcomerReply,
    action: (values) => sendNewcomerReply(tenantSlug, values),
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

export function ContactForm({ tenantSlug, token, defaults }: Base & { defaults: { email: string; phone: string; desiredArrivalDate: string } }) {
  const t = useTranslations("requests");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TNewcomerContactInput>({
    schema: ZNewcomerContact,
    action: (values) => updateNewcomerContact(tenantSlug, values),
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

/** A button that asks for confirmation, then calls a tracking action. */
export function ConfirmButton({ tenantSlug, token, kind }: Base & { kind: "withdraw" | "deletion" }) {
  const t = useTranslations("requests.track");
  const message = useMessage();
  const [feedback, setFeedback] = useState<{ key: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const action = kind === "withdraw" ? withdrawRequest : requestDataDeletion;
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="btn-danger"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t(kind === "withdraw" ? "withdrawConfirm" : "deletionConfirm"))) return;
          startTransition(async () => {
            const result = await action(tenantSlug, { token });
            setFeedback(result.ok ? { key: result.messageKey ?? "", error: false } : { key: result.formError ?? "errors.unexpected", error: true });
          });
        }}
      >
        {t(kind === "withdraw" ? "withdraw" : "deletion")}
      </button>
      <p aria-live="polite" className={feedback?.error ? "text-sm text-red-700" : "text-sm text-green-800"}>{feedback ? message(feedback.key) : null}</p>
    </div>
  );
}
