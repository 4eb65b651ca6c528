// fr-FR formatting in the tenant's time zone (Guyane is UTC-3, Bretagne follows Europe/Paris).

export function formatDate(date: Date, timeZone: string, locale = "fr-FR"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone: string, locale = "fr-FR"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

export function formatTime(date: Date, timeZone: string, locale = "fr-FR"): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(date);
}

/** Amounts are stored in cents to avoid floating point errors. */
export function formatCurrency(cents: number, locale = "fr-FR", currency = "EUR"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(cents / 100);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("fr-FR", { timeZone });
    return true;
  } catch {
    return false;
  }
}
