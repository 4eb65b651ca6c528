"use client";

import { useTranslations } from "next-intl";

import { translateDynamic } from "@/lib/i18n/dynamic";

/** Translates a catalog key from an action or a zod schema, falling back to a generic message. */
export function useMessage() {
  const t = useTranslations();
  return (key: string | undefined | null) => {
    if (!key) return "";
    const translated = translateDynamic(t, key);
    if (translated !== null) return translated;
    // A page sends only its own namespaces to the browser: say loudly which one is missing.
    console.error(`Message not sent to the browser: ${key}`);
    return t("errors.invalid");
  };
}

export function FormAlert({ errorKey, successKey }: { errorKey: string | null; successKey: string | null }) {
  const message = useMessage();
  return (
    <div aria-live="polite" role="status" className="min-h-0">
      {errorKey ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message(errorKey)}
        </p>
      ) : null}
      {successKey ? (
        <p className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {message(successKey)}
        </p>
      ) : null}
    </div>
  );
}
