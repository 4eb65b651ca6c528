"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { ActionButton } from "@/components/forms/ActionButton";
import {
  disableSecondFactorAction,
  endOtherSessionsAction,
  endSessionAction,
  regenerateRecoveryCodesAction,
} from "@/lib/auth/security-actions";

import { RecoveryCodes } from "./RecoveryCodes";

export function EndSessionButton({ sessionId, srLabel }: { sessionId: string; srLabel: string }) {
  const t = useTranslations("security.sessions");
  return <ActionButton label={t("end")} srLabel={srLabel} action={() => endSessionAction({ sessionId })} />;
}

export function EndOtherSessionsButton() {
  const t = useTranslations("security.sessions");
  return <ActionButton label={t("endOthers")} action={() => endOtherSessionsAction({})} />;
}

export function DisableSecondFactorButton() {
  const t = useTranslations("security.totp");
  return (
    <ActionButton
      variant="danger"
      label={t("disable")}
      confirm={t("disableConfirm")}
      action={() => disableSecondFactorAction({})}
    />
  );
}

export function RegenerateRecoveryCodesButton() {
  const t = useTranslations("security.recovery");
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodes codes={codes} />;
  return (
    <ActionButton
      label={t("regenerate")}
      confirm={t("regenerateConfirm")}
      action={async () => {
        const result = await regenerateRecoveryCodesAction({});
        if (result.ok) setCodes(result.data.recoveryCodes);
        return result;
      }}
    />
  );
}
