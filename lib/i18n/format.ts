// fr-FR formatting in the tenant's time zone (Guyane is UTC-3, Bretagne follows Europe/Paris).

// Building an Intl formatter costs far more than using one (a 25-row list built 75 of them, 6 % of its
// server time under load): each locale, time zone and shape is built once per process and kept.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatDate(date: Date, timeZone: string, locale = "fr-FR"): string {
  return dateTimeFormat(locale, { dateStyle: "long", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone: string, locale = "fr-FR"): string {
  return dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

export function formatTime(date: Date, timeZone: string, locale = "fr-FR"): string {
  return dateTimeFormat(locale, { timeStyle: "short", timeZone }).format(date);
}

/** Amounts are stored in cents to avoid floating point errors. */
export function formatCurrency(cents: number, locale = "fr-FR", currency = "EUR"): string {
  return numberFormat(locale, { style: "currency", currency }).format(cents / 100);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("fr-FR", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Offset (minutes) of a time zone at an instant, e.g. -180 for America/Cayenne. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    dateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** "2026-03-14T19:30" typed in a form, read in the tenant's time zone, as an instant. */
export function localDateTimeToInstant(local: string, timeZone: string): Date {
  const naive = new Date(`${local}:00Z`);
  const first = new Date(naive.getTime() - offsetMinutes(naive, timeZone) * 60_000);
  // A second pass settles the rare case where the offset changes between the two instants (DST).
  return new Date(naive.getTime() - offsetMinutes(first, timeZone) * 60_000);
}

/** The reverse, to fill a datetime-local field. */
export function instantToLocalDateTime(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000).toISOString().slice(0, 16);
}

/** The calendar year in the tenant's time zone: dues for the new year start at midnight in Cayenne, not in UTC. */
export function yearInTimeZone(instant: Date, timeZone: string): number {
  return Number(dateTimeFormat("en-US", { timeZone, year: "numeric" }).format(instant));
}

/** "2027-03-31": the calendar day it is in the tenant's time zone at an instant. */
export function isoDayInTimeZone(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/**
 * A calendar day (a PostgreSQL DATE, e.g. an offer's last day) as Prisma reads and writes it: midnight UTC.
 * It is a day, not an instant: compare it with `calendarDay(isoDayInTimeZone(now, tz))` and format it
 * with `formatCalendarDay`, never in a time zone.
 */
export function calendarDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

export function isoCalendarDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** "31 mars 2027", as entered, whatever the time zone. */
export function formatCalendarDay(day: Date, locale = "fr-FR"): string {
  return formatDate(day, "UTC", locale);
}

/** Today in the tenant's time zone, as a calendar day. */
export function todayInTimeZone(timeZone: string, now = new Date()): Date {
  return calendarDay(isoDayInTimeZone(now, timeZone));
}
