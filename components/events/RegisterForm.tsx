"use client";

import { useTranslations } from "next-intl";
import { registerToEvent } from "@/lib/events/actions";
import { ZRegister, type TRegisterInput } from "@/lib/events/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";

export function RegisterForm({ tenantSlug, eventId, maxCompanions, title }: { tenantSlug: string; eventId: string; maxCompanions: number; title: string }) {
  const t = useTranslations("events");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TRegisterInput, unknown>({
    schema: ZRegister,
    action: (values) => registerToEvent(tenantSlug, values),
    defaultValues: { eventId, companions: 0 },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`${t("register")} : ${title}`}>
      <FormAlert errorKey={formError} successKey={successKey} />
      {maxCompanions > 0 ? (
        <div className="max-w-xs"><TextField form={form} name="companions" type="number" inputMode="numeric" label={t("companions", { max: maxCompanions })} /></div>
      ) : null}
      <SubmitButton pending={pending} label={t("register")} pendingLabel="…" />
    </form>
  );
}
