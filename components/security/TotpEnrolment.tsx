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

type Pending = { secret: string; uri: string; qrCode: string } | null;

/** Setting up TOTP: a key is made (server side), shown as a QR code, as text and as an otpauth URI, then confirmed by a code. */
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
      {/* A data URI drawn on the server: next/image has nothing to optimise in a 1 KB SVG. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={pending.qrCode}
        alt={t("enrol.qrCode")}
        width={192}
        height={192}
        className="rounded border border-gray-300 bg-white p-1"
        data-testid="totp-qr"
      />
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
