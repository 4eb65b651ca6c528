import { createTranslator } from "next-intl";

import { LOCALE_COOKIE, toLocale, type Locale } from "./config";
import enEvents from "./messages/en.events.json";
import frEvents from "./messages/fr.events.json";

const CATALOGUES = { fr: frEvents, en: enEvents };

/** The reader's language as their browser sends it (the locale cookie), French by default. */
export function requestLocale(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const value = cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return toLocale(value);
}

/**
 * For route handlers that write a file for a person (CSV): the words of the `events.csv` catalogue and
 * the date format of their language. Pages use next-intl's own request config instead.
 */
export function csvReader(request: Request) {
  const locale = requestLocale(request);
  return {
    t: createTranslator({ locale, messages: CATALOGUES[locale], namespace: "events.csv" }),
    locale: locale === "en" ? "en-GB" : "fr-FR",
  };
}
