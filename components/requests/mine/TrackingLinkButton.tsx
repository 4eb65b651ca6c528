"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { emailMyTrackingLink } from "@/lib/requests/mine-actions";
import { useMessage } from "@/components/forms/Message";

export function TrackingLinkButton({ requestId, reference }: { requestId: string; reference: string }) {
  const t = useTranslations("requests.mine");
  const message = useMessage();
  const [feedback, setFeedback] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className="btn-secondary" disabled={pending} onClick={() => startTransition(async () => {
        const result = await emailMyTrackingLink({ requestId });
        setFeedback(result.ok ? (result.messageKey ?? null) : (result.formError ?? "errors.unexpected"));
      })}>{t("sendLink")}<span className="sr-only"> ({reference})</span></button>
      <span aria-live="polite" className="text-sm">{feedback ? message(feedback) : null}</span>
    </div>
  );
}
