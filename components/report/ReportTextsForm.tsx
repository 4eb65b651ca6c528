"use client";

import { useTranslations } from "next-intl";

import { SubmitButton, TextAreaField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveReportTextsAction } from "@/lib/report/actions";
import { ZReportTexts, type TReportTextsInput } from "@/lib/report/schemas";

/** The coordinator writes the year's texts; the action checks the role again. */
export function ReportTextsForm({ tenantSlug, initial }: { tenantSlug: string; initial: TReportTextsInput }) {
  const t = useTranslations("report");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TReportTextsInput>({
    schema: ZReportTexts,
    action: (values) => saveReportTextsAction(tenantSlug, values),
    defaultValues: initial,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-4 print:hidden" aria-labelledby="report-texts-title">
      <h2 id="report-texts-title" className="text-xl font-semibold">
        {t("textsTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("textsHint", { year: initial.year })}</p>
      <FormAlert errorKey={formError} successKey={successKey} />
      <TextAreaField form={form} name="context" label={t("context")} hint={t("contextHint")} rows={5} />
      <TextAreaField form={form} name="highlights" label={t("highlights")} hint={t("highlightsHint")} rows={5} />
      <TextAreaField form={form} name="outlook" label={t("outlook")} hint={t("outlookHint")} rows={5} />
      <SubmitButton pending={pending} label={t("save")} pendingLabel="…" />
    </form>
  );
}
