"use client";

import dynamic from "next/dynamic";

import type { IntakeFormProps } from "./IntakeFormWithMessages";

// The form reads its saved draft from this browser's storage, so it renders on the client only. Its messages
// provider comes with it: next-intl's client code is not part of the page's first load (issue 11).
export const IntakeFormLoader = dynamic<IntakeFormProps>(
  () => import("./IntakeFormWithMessages").then((m) => m.IntakeFormWithMessages),
  { ssr: false, loading: () => <p aria-live="polite">…</p> },
);
