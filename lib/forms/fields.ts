import { z } from "zod";

// The field rules every form, query string and import shares: one definition of each fact.
// Messages are catalogue keys, shown next to the field in the reader's language.

export const emailField = z
  .string({ message: "errors.required" })
  .trim()
  .toLowerCase()
  .min(1, { message: "errors.required" })
  .max(254, { message: "errors.email.tooLong" })
  .pipe(z.email({ message: "errors.email.invalid" }));

// Digits with the usual separators, an optional leading +: French and overseas numbers, and foreign ones.
const PHONE = /^\+?[0-9(][0-9 ().-]{5,19}$/;

export const phoneField = z
  .string({ message: "errors.required" })
  .trim()
  .max(30, { message: "errors.tooLong" })
  .regex(PHONE, { message: "errors.phone" });

/** The same rule, where the number may be left out. */
export const optionalPhoneField = z.union([z.literal(""), phoneField], { message: "errors.phone" });

/** True when "YYYY-MM-DD" names a day of the calendar (2026-02-31 and 2026-13-01 do not). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const calendarDayField = z.string().trim().refine(isCalendarDay, { message: "errors.date" });
export const optionalCalendarDayField = z.union([z.literal(""), calendarDayField], { message: "errors.date" });

/** "YYYY-MM-DDTHH:mm" of a datetime-local field, a real day and a real time. */
export const localDateTimeField = z
  .string()
  .trim()
  .refine(
    (value) => {
      const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
      return !!match && isCalendarDay(match[1]) && Number(match[2]) < 24 && Number(match[3]) < 60;
    },
    { message: "errors.date" },
  );

// Query strings: a bad value means "no filter", never an error page.

/** "YYYY-MM" of a month filter; anything else is ignored. */
export const monthFilter = z
  .string()
  .refine((value) => /^\d{4}-\d{2}$/.test(value) && isCalendarDay(`${value}-01`))
  .optional()
  .catch(undefined);

/** "YYYY-MM-DD_YYYY-MM-DD": a range of calendar days, both included (indicator links); anything else is ignored. */
export const dayRangeFilter = z
  .string()
  .refine((value) => {
    const [from, to, extra] = value.split("_");
    return extra === undefined && isCalendarDay(from ?? "") && isCalendarDay(to ?? "") && from <= to;
  })
  .optional()
  .catch(undefined);

export const pageNumber = z.coerce.number().int().min(1).max(10_000).catch(1);

// PostgreSQL refuses NUL in text (?q=%00 was a 500) and control characters have no place in a search.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Free text of a query string: control characters dropped, trimmed, bounded. */
export const freeText = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(CONTROL_CHARACTERS, "").trim())
    .pipe(z.string().max(max));

export const searchText = freeText(100).optional().catch(undefined);

/** One of the values of a Prisma enum, or no filter. */
export function enumFilter<const E extends Record<string, string>>(values: E) {
  return z.enum(values).optional().catch(undefined);
}

/** Ids are cuids or uuids: short, and never trusted beyond a lookup scoped to the tenant. */
export const idField = z.string().min(1).max(40);
