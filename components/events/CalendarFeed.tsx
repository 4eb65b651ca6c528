"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { useMessage } from "@/components/forms/Message";
import { createMyCalendarFeedAction, revokeMyCalendarFeedAction } from "@/lib/events/actions";

/** The private iCal feed: its URL is shown once when created (only its hash is stored); it can be revoked. */
export function CalendarFeed({ tenantSlug, active }: { tenantSlug: string; active: boolean }) {
  const t = useTranslations("events");
  const message = useMessage();
  const [url, setUrl] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      <p>{t("feedIntro")}</p>
      {url ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="calendar-feed-url" className="font-medium">
            {t("feedUrl")}
          </label>
          <input
            id="calendar-feed-url"
            readOnly
            value={url}
            className="w-full rounded-md border border-slate-500 bg-white px-3 py-2"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="btn-secondary"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await createMyCalendarFeedAction(tenantSlug, {});
              if (result.ok) {
                setUrl(result.data.url);
                setFeedback(result.messageKey ?? null);
              } else setFeedback(result.formError ?? "errors.unexpected");
            })
          }
        >
          {active || url ? t("feedRenew") : t("feedCreate")}
        </button>
        {active || url ? (
          <button
            type="button"
            className="btn-danger"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await revokeMyCalendarFeedAction(tenantSlug, {});
                if (result.ok) setUrl(null);
                setFeedback(result.ok ? (result.messageKey ?? null) : (result.formError ?? "errors.unexpected"));
              })
            }
          >
            {t("feedRevoke")}
          </button>
        ) : null}
      </div>
      <p aria-live="polite" className="text-sm">
        {feedback ? message(feedback) : null}
      </p>
    </div>
  );
}
