"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Role } from "@/lib/generated/prisma/enums";
import { inviteMemberAction } from "@/lib/invitations/actions";
import { ZInvitation, type TInvitationInput } from "@/lib/invitations/schemas";

export function InvitationForm({ tenantSlug, allowedRoles }: { tenantSlug: string; allowedRoles: Role[] }) {
  const t = useTranslations("invitations");
  const tRoles = useTranslations("roles");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TInvitationInput, { email: string }>({
    schema: ZInvitation,
    action: (values) => inviteMemberAction(tenantSlug, values),
    defaultValues: { email: "", role: "MEMBER" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="invite-title">
      <h2 id="invite-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="email" type="email" autoComplete="off" label={t("email")} required />
        <SelectField
          form={form}
          name="role"
          label={t("role")}
          required
          options={allowedRoles.map((role) => ({ value: role, label: tRoles(role) }))}
        />
      </div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
