"use client";

import { createContext, useContext } from "react";

export type ErrorTextsValue = { title: string; body: string; retry: string };

const ErrorTextsContext = createContext<ErrorTextsValue | null>(null);

/**
 * The three texts of the error boundary (app/error.tsx), translated on the server by the root layout. A
 * whole NextIntlClientProvider there would put next-intl's client runtime on every page, even those
 * with no client component (issue 11): pages with forms bring their own provider (<ClientMessages>).
 */
export function ErrorTexts({ value, children }: { value: ErrorTextsValue; children: React.ReactNode }) {
  return <ErrorTextsContext value={value}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTextsValue {
  const value = useContext(ErrorTextsContext);
  if (!value) throw new Error("useErrorTexts outside <ErrorTexts>");
  return value;
}
