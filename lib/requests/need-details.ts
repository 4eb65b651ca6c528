import { dateTimeFormat, numberFormat } from "@/lib/i18n/format";

/** A translator of the `requests` namespace: `t("staff.details.from")`, `t("needFields.RENT")`. */
type Translate = (key: string) => string;

export type NeedDetailLine = { field: string; label: string; value: string };

// The order a person reads a need in: what, when, how much, then the rest, free notes last.
const FIELD_ORDER = [
  "mode",
  "from",
  "to",
  "rooms",
  "budget",
  "profession",
  "levels",
  "ages",
  "atypicalHours",
  "procedures",
  "notes",
];

/** "2027-03-01" is a day of the calendar, not an instant: shown as typed, whatever the time zone. */
export function formatCalendarDay(isoDay: string, locale: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay) || Number.isNaN(date.getTime())) return isoDay;
  return dateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

function isEmpty(value: unknown) {
  return value === "" || value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

const euros = {
  format: (amount: number, locale: string) =>
    numberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(amount),
};

/** The details a newcomer gave for one need, labelled and formatted for staff, in reading order. */
export function describeNeedDetails(details: unknown, { t, locale }: { t: Translate; locale: string }) {
  const entries = Object.entries((details ?? {}) as Record<string, unknown>).filter(([, v]) => !isEmpty(v));
  const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
  const buying = entries.some(([field, value]) => field === "mode" && value === "BUY");
  return entries
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, value]): NeedDetailLine => {
      const labelKey = field === "budget" && buying ? "budgetBuy" : field;
      return { field, label: t(`staff.details.${labelKey}`), value: formatValue(field, value, { t, locale }) };
    });
}

function formatValue(field: string, value: unknown, { t, locale }: { t: Translate; locale: string }): string {
  if (field === "from" || field === "to") return formatCalendarDay(String(value), locale);
  if (field === "budget") return euros.format(Number(value), locale);
  if (field === "mode") return t(`needFields.${String(value)}`);
  if (field === "procedures" && Array.isArray(value)) return value.map((p) => t(`needFields.${String(p)}`)).join(", ");
  if (typeof value === "boolean") return value ? t("intake.yes") : t("intake.no");
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}
