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
  /** "touch": at least 44 × 44 px, for buttons used on a phone in a hurry (check-in at the door). */
  size?: "compact" | "touch";
};

function buttonClass(variant: Props["variant"], size: Props["size"]): string {
  if (variant === "danger") return "btn-danger";
  return size === "touch" ? "btn-secondary min-h-11 min-w-11 px-4 py-2" : "btn-secondary px-3 py-1 text-sm";
}

/** The one pattern for a single-click server action: pending state, optional confirmation, spoken result. */
export function ActionButton({ action, label, srLabel, confirm, variant = "secondary", size = "compact" }: Props) {
  const region = useFeedbackRegion();
  const [ownFeedback, setOwnFeedback] = useState<Feedback | null>(null);
  const setFeedback = region ?? setOwnFeedback;
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={buttonClass(variant, size)}
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
