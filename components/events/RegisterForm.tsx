"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useWatch } from "react-hook-form";

import { SubmitButton } from "@/components/forms/Field";
import { FormAlert, useMessage } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/components/ui/Link";
import { registerToEventAction } from "@/lib/events/actions";
import { ZRegister, type TRegisterInput } from "@/lib/events/schemas";

export type HouseholdOption = { id: string; firstName: string; relation: "PARTNER" | "CHILD" };

type Props = {
  tenantSlug: string;
  eventId: string;
  maxCompanions: number;
  title: string;
  household: HouseholdOption[];
};

/** Companions are chosen among the member's household (partner, children), within the event's limit. */
export function RegisterForm({ tenantSlug, eventId, maxCompanions, title, household }: Props) {
  const t = useTranslations("events");
  const message = useMessage();
  const groupId = useId();
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TRegisterInput, unknown>({
    schema: ZRegister,
    action: (values) => registerToEventAction(tenantSlug, values),
    defaultValues: { eventId, companionIds: [] },
  });
  const chosen = (useWatch({ control: form.control, name: "companionIds" }) ?? []) as string[];
  const errorKey = form.formState.errors.companionIds?.message;
  const toggle = (id: string, on: boolean) =>
    form.setValue("companionIds", on ? [...chosen, id] : chosen.filter((c) => c !== id), { shouldValidate: false });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`${t("register")} : ${title}`}>
      <FormAlert errorKey={formError} successKey={successKey} />
      {maxCompanions > 0 ? (
        household.length > 0 ? (
          <fieldset aria-describedby={errorKey ? `${groupId}-error` : `${groupId}-hint`} className="space-y-1">
            <legend className="font-medium">{t("companionsLegend")}</legend>
            <p id={`${groupId}-hint`} className="text-sm text-slate-700">
              {t("companionsHint", { max: maxCompanions })}
            </p>
            {household.map((h) => (
              <label key={h.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={chosen.includes(h.id)}
                  onChange={(e) => toggle(h.id, e.target.checked)}
                />
                {h.firstName} ({t(`relation.${h.relation}`)})
              </label>
            ))}
            {errorKey ? (
              <p id={`${groupId}-error`} className="text-sm font-medium text-red-700">
                {message(errorKey)}
              </p>
            ) : null}
          </fieldset>
        ) : (
          <p className="text-sm text-slate-700">
            {t("noHousehold")}{" "}
            <Link className="link" href={`/${tenantSlug}/portal/profile`}>
              {t("goToProfile")}
            </Link>
          </p>
        )
      ) : null}
      <SubmitButton pending={pending} label={t("register")} pendingLabel="…" />
    </form>
  );
}
