import type { Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";

const TEXTS = { fr: fr.unavailable, en: en.unavailable } satisfies Record<Locale, unknown>;
const RETRY_AFTER_SECONDS = 5;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page shown while the database is away: a static page built without the database, in the person's
 * language first and the other one below, never a stack trace. The browser may retry after a few seconds.
 */
export function unavailablePage(locale: Locale): string {
  const other: Locale = locale === "fr" ? "en" : "fr";
  const main = TEXTS[locale];
  const second = TEXTS[other];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(main.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}h1{font-size:1.5rem}h2{font-size:1.1rem}section{margin-top:2.5rem;border-top:1px solid #cbd5e1;padding-top:1rem}a{color:#0b476a}:focus-visible{outline:3px solid #b45309}</style></head>
<body><main><h1>${escape(main.title)}</h1><p>${escape(main.body)}</p><p><a href="">${escape(main.retry)}</a></p>
<section lang="${other}"><h2>${escape(second.title)}</h2><p>${escape(second.body)}</p><p><a href="">${escape(second.retry)}</a></p></section></main></body></html>`;
}

export function unavailableResponse(locale: Locale): Response {
  return new Response(unavailablePage(locale), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_AFTER_SECONDS),
    },
  });
}
