"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { retryEmail } from "@/lib/mail/actions";
import { useMessage } from "@/components/forms/Message";

export function RetryButton({ tenantSlug, emailId }: { tenantSlug: string; emailId: string }) {
  const t = useTranslations("emails");
  const message = useMessage();
  const [feedback, setFeedback] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="btn-secondary px-2 py-1 text-sm" disabled={pending} onClick={() => startTransition(async () => {
        const result = await retryEmail(tenantSlug, { emailId });
        setFeedback(result.ok ? (result.messageKey ?? null) : (result.formError ?? "errors.unexpected"));
      })}>{t("retry")}</button>
      <span aria-live="polite" className="text-sm">{feedback ? message(feedback) : null}</span>
    </span>
  );
}
