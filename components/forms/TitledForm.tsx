"use client";

import type { ReactNode } from "react";

import { FormAlert } from "./Message";

/** A form with its heading (which names it) and its alert for the whole form's error or success. */
export function TitledForm({
  id,
  title,
  onSubmit,
  formError,
  successKey,
  children,
}: {
  /** The heading's id: the form is labelled by it. */
  id: string;
  title: string;
  onSubmit: () => void;
  formError: string | null;
  successKey: string | null;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <FormAlert errorKey={formError} successKey={successKey} />
      {children}
    </form>
  );
}
