"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { ActionButton } from "@/components/forms/ActionButton";
import { SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { confirmTotpEnrolmentAction, startTotpEnrolmentAction } from "@/lib/auth/security-actions";
import { ZSecondFactorCode, type TSecondFactorCodeInput } from "@/lib/auth/security-schemas";

import { RecoveryCodes } from "./RecoveryCodes";

type Pending = { secret: string; uri: string } | null;

/** Setting up TOTP: a key is made (server side), shown as text and as an otpauth URI, then confirmed by a code. */
export function TotpEnrolment({ pending, continueHref }: { pending: Pending; continueHref?: string }) {
  const t = useTranslations("security");
  const [codes, setCodes] = useState<string[] | null>(null);
  const {
    form,
    onSubmit,
    formError,
    pending: submitting,
  } = useActionForm<TSecondFactorCodeInput, { recoveryCodes: string[] }>({
    schema: ZSecondFactorCode,
    action: confirmTotpEnrolmentAction,
    defaultValues: { code: "" },
    onSuccess: (result) => setCodes(result.data.recoveryCodes),
  });
  if (codes) return <RecoveryCodes codes={codes} continueHref={continueHref ?? "/espace/securite"} />;
  if (!pending) return <ActionButton label={t("totp.start")} action={() => startTotpEnrolmentAction({})} />;
  return (
    <div className="space-y-4">
      <p>{t("enrol.step1")}</p>
      <dl className="space-y-2">
        <dt className="font-semibold">{t("enrol.key")}</dt>
        <dd className="font-mono text-lg break-all" data-testid="totp-key">
          {pending.secret}
        </dd>
        <dt className="font-semibold">{t("enrol.uri")}</dt>
        <dd className="font-mono text-sm break-all">
          <a className="link" href={pending.uri}>
            {pending.uri}
          </a>
        </dd>
      </dl>
      <p>{t("enrol.step2")}</p>
      <form onSubmit={onSubmit} noValidate className="max-w-xs space-y-3">
        <FormAlert errorKey={formError} successKey={null} />
        <TextField
          form={form}
          name="code"
          label={t("enrol.code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
        />
        <SubmitButton pending={submitting} label={t("enrol.confirm")} pendingLabel={t("enrol.confirm")} />
      </form>
    </div>
  );
}
