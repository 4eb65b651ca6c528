"use client";

import { useTranslations } from "next-intl";

import { SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { addContactAction } from "@/lib/network/actor-actions";
import { ZContact, type TContactInput } from "@/lib/network/schemas";

export function ContactForm({ tenantSlug, actorId }: { tenantSlug: string; actorId: string }) {
  const t = useTranslations("network.contacts");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TContactInput>({
    schema: ZContact,
    action: (values) => addContactAction(tenantSlug, values),
    defaultValues: { actorId, name: "", role: "", phone: "", email: "", reachHint: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="contact-form">
      <h3 id="contact-form" className="text-lg font-semibold">
        {t("addTitle")}
      </h3>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="name" label={t("name")} required />
        <TextField form={form} name="role" label={t("role")} />
        <TextField form={form} name="phone" type="tel" label={t("phone")} />
        <TextField form={form} name="email" type="email" label={t("email")} />
        <TextField form={form} name="reachHint" label={t("reachHint")} />
      </div>
      <SubmitButton pending={pending} label={t("add")} pendingLabel="…" />
    </form>
  );
}
