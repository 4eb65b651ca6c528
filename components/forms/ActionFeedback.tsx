"use client";

import { createContext, useContext, useState } from "react";

import { useMessage } from "./Message";

export type Feedback = { key: string; error: boolean };

const FeedbackContext = createContext<((feedback: Feedback) => void) | null>(null);

/** Where row actions report, when the row itself may disappear once the action has run. */
export function useFeedbackRegion() {
  return useContext(FeedbackContext);
}

export function FeedbackText({ feedback }: { feedback: Feedback | null }) {
  const message = useMessage();
  return (
    <span aria-live="polite" className={feedback?.error ? "text-sm text-red-700" : "text-sm text-green-800"}>
      {feedback?.key ? message(feedback.key) : null}
    </span>
  );
}

/**
 * A spoken result above a list: a retried email leaves the "failed" rows, taking its button with it,
 * so its confirmation lives here, outside the rows that the refresh replaces.
 */
export function ActionFeedbackRegion({ children }: { children: React.ReactNode }) {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  return (
    <FeedbackContext.Provider value={setFeedback}>
      <p className="min-h-6">
        <FeedbackText feedback={feedback} />
      </p>
      {children}
    </FeedbackContext.Provider>
  );
}
