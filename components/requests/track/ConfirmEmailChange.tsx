"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { FormAlert } from "@/components/forms/Message";
import { confirmEmailChangeAction } from "@/lib/requests/email-change-actions";

/** The button that makes the change take effect; once done, the page only says so (the link is used up). */
export function ConfirmEmailChange({ tenantSlug, token }: { tenantSlug: string; token: string }) {
  const t = useTranslations("emailChange");
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ errorKey: string | null; successKey: string | null }>({
    errorKey: null,
    successKey: null,
  });
  return (
    <div className="space-y-3">
      <FormAlert errorKey={result.errorKey} successKey={result.successKey} />
      {result.successKey ? null : (
        <button
          type="button"
          className="btn-primary"
          disabled={pending}
          aria-busy={pending || undefined}
          onClick={() =>
            startTransition(async () => {
              const answer = await confirmEmailChangeAction(tenantSlug, { token });
              setResult(
                answer.ok
                  ? { errorKey: null, successKey: answer.messageKey ?? "emailChange.confirmed" }
                  : { errorKey: answer.formError ?? "errors.unexpected", successKey: null },
              );
            })
          }
        >
          {t("confirm")}
        </button>
      )}
    </div>
  );
}
