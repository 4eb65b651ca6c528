"use client";

import dynamic from "next/dynamic";

// The form reads its saved draft from this browser's storage, so it renders on the client only.
export const IntakeFormLoader = dynamic(() => import("./IntakeForm").then((m) => m.IntakeForm), {
  ssr: false,
  loading: () => <p aria-live="polite">…</p>,
});
