"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";

import { CheckboxField, TextAreaField } from "@/components/forms/Field";
import { NEED_TYPES, type TIntakeInput } from "@/lib/requests/intake-schema";

type Props = {
  form: UseFormReturn<TIntakeInput>;
  tenantName: string;
  commitmentText: string;
  goTo: (step: number) => void;
};

export function StepReview({ form, tenantName, commitmentText, goTo }: Props) {
  const t = useTranslations("requests");
  const v = form.getValues();
  const dash = t("intake.none");
  const sections = [
    {
      step: 0,
      title: t("intake.steps.identity"),
      lines: [
        `${v.identity.firstName} ${v.identity.lastName}`,
        v.identity.email,
        v.identity.phone,
        v.identity.profession ? t(`professions.${v.identity.profession}`) : dash,
        v.identity.practiceMode ? t(`practiceModes.${v.identity.practiceMode}`) : dash,
      ],
    },
    {
      step: 1,
      title: t("intake.steps.project"),
      lines: [
        `${v.project.currentCity}, ${v.project.currentCountry}`,
        v.project.desiredArrivalDate || dash,
        v.project.practiceArea,
      ],
    },
    {
      step: 2,
      title: t("intake.steps.household"),
      lines: [
        v.household.hasPartner
          ? `${t("intake.hasPartner")} — ${v.household.partnerProfession || dash}`
          : t("intake.no"),
        ...v.household.children.map((c, i) => `${t("intake.childAge", { n: i + 1 })} : ${String(c.age)}`),
      ],
    },
    {
      step: 3,
      title: t("intake.steps.needs"),
      lines: NEED_TYPES.filter((n) => v.needs[n] !== undefined).map((n) => t(`needs.${n}`)),
    },
  ];
  return (
    <div className="space-y-6">
      <p>{t("intake.review")}</p>
      <dl className="space-y-4">
        {sections.map((s) => (
          <div key={s.step} className="rounded-md border border-slate-300 bg-white p-3">
            <dt className="flex items-center justify-between font-semibold">
              {s.title}
              <button type="button" className="link text-sm" onClick={() => goTo(s.step)}>
                {t("intake.edit")}
                <span className="sr-only"> : {s.title}</span>
              </button>
            </dt>
            {s.lines.map((line, i) => (
              <dd key={i} className="text-slate-800">
                {line}
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <TextAreaField form={form} name="message" label={t("intake.message")} rows={4} />
      <div className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
        <CheckboxField form={form} name="consent" label={t("intake.consent", { tenant: tenantName })} required>
          <p className="ml-8 text-sm text-slate-700">{t("intake.consentDetails", { tenant: tenantName })}</p>
        </CheckboxField>
        <CheckboxField form={form} name="commitment" label={commitmentText || t("intake.commitment")} required />
      </div>
    </div>
  );
}
