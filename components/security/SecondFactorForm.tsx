"use client";

import { useTranslations } from "next-intl";

import { SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { verifySecondFactorAction } from "@/lib/auth/security-actions";
import { ZVerifySecondFactor, type TVerifySecondFactorInput } from "@/lib/auth/security-schemas";

/** The code asked after the email link; on success a full navigation, so every page re-reads the session. */
export function SecondFactorForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("security.challenge");
  const { form, onSubmit, formError, pending } = useActionForm<TVerifySecondFactorInput, { redirectTo: string }>({
    schema: ZVerifySecondFactor,
    action: verifySecondFactorAction,
    defaultValues: { code: "", callbackUrl },
    onSuccess: (result) => window.location.assign(result.data.redirectTo),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xs space-y-3">
      <FormAlert errorKey={formError} successKey={null} />
      <TextField form={form} name="code" label={t("code")} inputMode="numeric" autoComplete="one-time-code" required />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submit")} />
    </form>
  );
}
