import { createTranslator } from "next-intl";

import { toLocale, type Locale } from "@/lib/i18n/config";
import { dateTimeFormat } from "@/lib/i18n/format";
import enIndicators from "@/lib/i18n/messages/en.indicators.json";
import enNetwork from "@/lib/i18n/messages/en.network.json";
import enRequests from "@/lib/i18n/messages/en.requests.json";
import frIndicators from "@/lib/i18n/messages/fr.indicators.json";
import frNetwork from "@/lib/i18n/messages/fr.network.json";
import frRequests from "@/lib/i18n/messages/fr.requests.json";

// Indicator tables are written for pages and for downloads (CSV, XLSX, PDF) alike: their words come
// from the catalogues directly, in the reader's language.
const pick = (r: typeof frRequests) => ({
  professions: r.requests.professions,
  stages: r.requests.stages,
  needs: r.requests.needs,
});
const CATALOGUES = {
  fr: { ...frIndicators, requests: pick(frRequests), network: { categories: frNetwork.network.categories } },
  en: { ...enIndicators, requests: pick(enRequests), network: { categories: enNetwork.network.categories } },
};

const buildTranslator = (language: Locale) => createTranslator({ locale: language, messages: CATALOGUES[language] });
// One per language for the process: a translator keeps the messages it has compiled (the dashboard formats
// dozens of them per request).
const TRANSLATORS = { fr: buildTranslator("fr"), en: buildTranslator("en") };

export function indicatorTranslator(locale: string | null | undefined) {
  return TRANSLATORS[toLocale(locale)];
}
export type IndicatorTranslator = ReturnType<typeof indicatorTranslator>;

/** "2026-03" as "mars 2026" / "March 2026". */
export function monthLabel(month: string, locale: string) {
  const date = new Date(`${month}-01T12:00:00Z`);
  return dateTimeFormat(toLocale(locale) === "en" ? "en-GB" : "fr-FR", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
