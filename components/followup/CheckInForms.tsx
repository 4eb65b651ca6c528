"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { CheckboxField, SubmitButton, TextAreaField } from "@/components/forms/Field";
import { FormAlert, useMessage } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { answerCheckInAction, stopCheckInsAction } from "@/lib/followup/actions";
import { FOLLOW_UP_THEMES, SETTLED_SCORES, ZCheckInAnswer, type TCheckInAnswerInput } from "@/lib/followup/schemas";

type Base = { tenantSlug: string; token: string };

/** The short check-in: how settled (1 to 5), difficulties by theme, a wish to talk, a word. */
export function CheckInForm({ tenantSlug, token }: Base) {
  const t = useTranslations("followUp");
  const message = useMessage();
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TCheckInAnswerInput, { callBack: boolean }>({
    schema: ZCheckInAnswer,
    action: (values) => answerCheckInAction(tenantSlug, values),
    defaultValues: { token, difficulties: [], wantsToTalk: false, comment: "" },
  });
  const scoreError = form.formState.errors.settledScore?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert errorKey={formError} successKey={successKey} />
      <fieldset className="space-y-2" aria-describedby={scoreError ? "score-error" : undefined}>
        <legend className="font-medium">
          {t("settled")}
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        </legend>
        <div className="flex flex-wrap gap-2">
          {SETTLED_SCORES.map((score) => (
            <label
              key={score}
              className="flex min-h-11 items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2"
            >
              <input type="radio" value={score} className="size-5 accent-brand" {...form.register("settledScore")} />
              {t(`score.${score}`)}
            </label>
          ))}
        </div>
        {scoreError ? (
          <p id="score-error" className="text-sm font-medium text-red-700">
            {message(scoreError)}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("difficulties")}</legend>
        {FOLLOW_UP_THEMES.map((theme) => (
          <label key={theme} className="flex items-start gap-3">
            <input
              type="checkbox"
              value={theme}
              className="mt-1 h-5 w-5 shrink-0 accent-brand"
              {...form.register("difficulties")}
            />
            {t(`themes.${theme}`)}
          </label>
        ))}
      </fieldset>
      <CheckboxField form={form} name="wantsToTalk" label={t("wantsToTalk")} />
      <TextAreaField form={form} name="comment" label={t("comment")} rows={3} />
      <SubmitButton pending={pending} label={t("send")} pendingLabel="…" />
    </form>
  );
}

export function StopCheckInsButton({ tenantSlug, token }: Base) {
  const t = useTranslations("followUp");
  return (
    <ActionButton
      label={t("stop")}
      confirm={t("stopConfirm")}
      action={() => stopCheckInsAction(tenantSlug, { token })}
    />
  );
}
