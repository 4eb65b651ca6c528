"use client";

import { useState, useTransition } from "react";

import type { ActionResult } from "@/lib/forms/result";

import { FeedbackText, useFeedbackRegion, type Feedback } from "./ActionFeedback";

type Props = {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  /** Extra words for screen readers, e.g. which row the button acts on. */
  srLabel?: string;
  /** Asked with window.confirm before acting (destructive actions). */
  confirm?: string;
  variant?: "secondary" | "danger";
};

/** The one pattern for a single-click server action: pending state, optional confirmation, spoken result. */
export function ActionButton({ action, label, srLabel, confirm, variant = "secondary" }: Props) {
  const region = useFeedbackRegion();
  const [ownFeedback, setOwnFeedback] = useState<Feedback | null>(null);
  const setFeedback = region ?? setOwnFeedback;
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={variant === "danger" ? "btn-danger" : "btn-secondary px-3 py-1 text-sm"}
        disabled={pending}
        aria-busy={pending || undefined}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await action();
            if (!result) return;
            setFeedback(
              result.ok
                ? { key: result.messageKey ?? "", error: false }
                : { key: result.formError ?? "errors.unexpected", error: true },
            );
          });
        }}
      >
        {label}
        {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
      </button>
      {region ? null : <FeedbackText feedback={ownFeedback} />}
    </span>
  );
}
