import { createTranslator } from "next-intl";

import { LOCALE_COOKIE, toLocale, type Locale } from "./config";
import enEvents from "./messages/en.events.json";
import frEvents from "./messages/fr.events.json";

const CATALOGUES = { fr: frEvents, en: enEvents };

/** The reader's language as their browser sends it (the locale cookie), French by default: route handlers. */
export function localeOfRequest(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(cookie);
  return toLocale(match?.[1]);
}

/**
 * For route handlers that write a file for a person (CSV): the words of the `events.csv` catalogue and
 * the date format of their language. Pages use next-intl's own request config instead.
 */
export function csvReader(request: Request) {
  const locale = localeOfRequest(request);
  return {
    t: createTranslator({ locale, messages: CATALOGUES[locale], namespace: "events.csv" }),
    locale: locale === "en" ? "en-GB" : "fr-FR",
  };
}
