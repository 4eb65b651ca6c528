"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { Path } from "react-hook-form";

import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { toMessageKey } from "@/lib/forms/result";
import { submitInstallationRequestAction } from "@/lib/requests/intake-actions";
import {
  INTAKE_STEPS,
  ZHousehold,
  ZIdentity,
  ZIntake,
  ZNeeds,
  ZProject,
  type TIntakeInput,
} from "@/lib/requests/intake-schema";

import { clearDraft, emptyIntake, loadDraft, saveDraft } from "./draft";
import { StepNeeds } from "./StepNeeds";
import { StepReview } from "./StepReview";
import { StepHousehold, StepIdentity, StepProject } from "./steps";

const STEP_FIELDS = ["identity", "project", "household", "needs", null] as const;
const STEP_SCHEMAS = { identity: ZIdentity, project: ZProject, household: ZHousehold, needs: ZNeeds };

function stripStep<T extends { step?: number }>(draft: T): Omit<T, "step"> {
  const { step: _step, ...values } = draft;
  return values;
}

type Props = { tenantSlug: string; tenantName: string; commitmentText: string };

export function IntakeForm({ tenantSlug, tenantName, commitmentText }: Props) {
  const t = useTranslations("requests.intake");
  const router = useRouter();
  // Rendered in the browser only (see IntakeFormLoader), so the saved draft can seed the initial state.
  const [draft] = useState(() => loadDraft(tenantSlug));
  const [step, setStep] = useState(() => Math.min(draft?.step ?? 0, INTAKE_STEPS.length - 1));
  const stepRef = useRef(step);
  const heading = useRef<HTMLHeadingElement>(null);

  const goTo = (next: number) => {
    stepRef.current = next;
    setStep(next);
    saveDraft(tenantSlug, form.getValues(), next);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const { form, onSubmit, formError, pending } = useActionForm<TIntakeInput, { reference: string | null }>({
    schema: ZIntake,
    mode: "onSubmit",
    action: (values) => submitInstallationRequestAction(tenantSlug, values),
    defaultValues: { ...emptyIntake(), ...(draft ? stripStep(draft) : {}) } as TIntakeInput,
    onSuccess: (result) => {
      clearDraft(tenantSlug);
      const ref = result.data.reference ? `?ref=${encodeURIComponent(result.data.reference)}` : "";
      router.push(`/${tenantSlug}/installation/merci${ref}`);
    },
    // A server-side error on an earlier step brings the person back to it.
    onFailure: (result) => {
      const first = Object.keys(result.fieldErrors ?? {})[0]?.split(".")[0];
      const index = STEP_FIELDS.findIndex((f) => f === first);
      if (index >= 0 && index < stepRef.current) goTo(index);
    },
  });

  useEffect(() => {
    const subscription = form.watch((values) =>
      saveDraft(tenantSlug, values as Partial<TIntakeInput>, stepRef.current),
    );
    return () => subscription.unsubscribe();
  }, [form, tenantSlug]);

  // Each step is checked with its own part of the shared schema before moving on.
  const validateStep = (key: (typeof STEP_FIELDS)[number]) => {
    if (!key) return true;
    const result = STEP_SCHEMAS[key].safeParse(form.getValues(key));
    form.clearErrors(key);
    if (result.success) return true;
    result.error.issues.forEach((issue, i) => {
      const name = [key, ...issue.path.map(String)].join(".") as Path<TIntakeInput>;
      form.setError(name, { type: "validate", message: toMessageKey(issue.message) }, { shouldFocus: i === 0 });
    });
    return false;
  };
  const next = () => {
    if (validateStep(STEP_FIELDS[step])) goTo(step + 1);
  };

  const stepName = t(`steps.${INTAKE_STEPS[step]}`);
  const last = step === INTAKE_STEPS.length - 1;
  return (
    <form
      onSubmit={
        last
          ? onSubmit
          : (e) => {
              e.preventDefault();
              next();
            }
      }
      noValidate
      className="space-y-6"
    >
      <ol
        className="flex flex-wrap gap-2 text-sm"
        aria-label={t("progress", { current: step + 1, total: INTAKE_STEPS.length, name: stepName })}
      >
        {INTAKE_STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={i === step ? "step" : undefined}
            className={`rounded-full px-3 py-1 ${i === step ? "bg-brand text-white" : i < step ? "bg-sky-100 text-slate-900" : "bg-slate-200 text-slate-800"}`}
          >
            {i + 1}. {t(`steps.${s}`)}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
        {t("progress", { current: step + 1, total: INTAKE_STEPS.length, name: stepName })}
      </h2>
      <FormAlert errorKey={formError} successKey={null} />
      {step === 0 ? <StepIdentity form={form} /> : null}
      {step === 1 ? <StepProject form={form} /> : null}
      {step === 2 ? <StepHousehold form={form} /> : null}
      {step === 3 ? <StepNeeds form={form} /> : null}
      {step === 4 ? (
        <StepReview form={form} tenantName={tenantName} commitmentText={commitmentText} goTo={goTo} />
      ) : null}
      <div className="sr-only" aria-hidden="true">
        <label htmlFor="intake-website">{t("website")}</label>
        <input id="intake-website" tabIndex={-1} autoComplete="off" {...form.register("website")} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {step > 0 ? (
          <button type="button" className="btn-secondary" onClick={() => goTo(step - 1)}>
            {t("back")}
          </button>
        ) : (
          <span />
        )}
        <button type="submit" className="btn-primary" disabled={pending} aria-busy={pending || undefined}>
          {last ? (pending ? t("submitting") : t("submit")) : t("next")}
        </button>
      </div>
      <p className="text-sm text-slate-700">
        {t("draftNote")}{" "}
        <button
          type="button"
          className="link"
          onClick={() => {
            clearDraft(tenantSlug);
            form.reset(emptyIntake());
            goTo(0);
          }}
        >
          {t("clearDraft")}
        </button>
      </p>
    </form>
  );
}
