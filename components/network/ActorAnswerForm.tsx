"use client";

import { useTranslations } from "next-intl";

import { SubmitButton, TextAreaField } from "@/components/forms/Field";
import { FormAlert, useMessage } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { answerReferralAction } from "@/lib/network/referral-actions";
import { ZActorAnswer, type TActorAnswerInput } from "@/lib/network/schemas";

const ANSWERS = ["CAN_HELP", "CANNOT_HELP", "MESSAGE"] as const;

/** The actor's answer, without an account: the link's token is the credential. */
export function ActorAnswerForm({ tenantSlug, token }: { tenantSlug: string; token: string }) {
  const t = useTranslations("network");
  const message = useMessage();
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TActorAnswerInput>({
    schema: ZActorAnswer,
    action: (values) => answerReferralAction(tenantSlug, values),
    defaultValues: { token, answer: "CAN_HELP", message: "" },
  });
  const answerError = form.formState.errors.answer?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="answer-title">
      <h2 id="answer-title" className="text-xl font-semibold">
        {t("orientation.answerTitle")}
      </h2>
      <FormAlert errorKey={formError} successKey={successKey} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("orientation.answerLegend")}</legend>
        {ANSWERS.map((a) => (
          <label key={a} className="flex items-center gap-2">
            <input type="radio" value={a} className="size-5 accent-brand" {...form.register("answer")} />
            {t(`answers.${a}`)}
          </label>
        ))}
        {answerError ? <p className="text-sm font-medium text-red-700">{message(answerError)}</p> : null}
      </fieldset>
      <TextAreaField form={form} name="message" label={t("orientation.message")} rows={4} />
      <SubmitButton pending={pending} label={t("orientation.send")} pendingLabel="…" />
    </form>
  );
}
