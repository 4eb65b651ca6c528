import { z } from "zod";

import { calendarDayField } from "@/lib/forms/fields";
import { isoDayInTimeZone, localDateTimeToInstant } from "@/lib/i18n/format";

// The period of the indicators: calendar days of the CPTS, so a request installed at 22:30 in Cayenne on
// 31 December counts in that year, whatever UTC says.

export const PERIOD_KINDS = ["year", "last12", "custom"] as const;

/** Query string of the indicator pages: a bad value falls back to "this year", never an error page. */
export const ZIndicatorPeriod = z.object({
  period: z.enum(PERIOD_KINDS).catch("year"),
  from: calendarDayField.optional().catch(undefined),
  to: calendarDayField.optional().catch(undefined),
});
export type TIndicatorPeriodInput = z.input<typeof ZIndicatorPeriod>;

export type Period = {
  kind: (typeof PERIOD_KINDS)[number];
  /** First and last calendar days, both included ("YYYY-MM-DD"). */
  from: string;
  to: string;
  /** Instants bounding the period: start included, end excluded. */
  start: Date;
  end: Date;
  /** The months it covers, "YYYY-MM", in order. */
  months: string[];
  /** The calendar year of its last day (the dues year shown with it). */
  year: number;
};

const MAX_CUSTOM_DAYS = 366 * 5;

function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split("-").map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Calendar days bounding a period kind, in the tenant's time zone at `now`. */
function bounds(input: z.output<typeof ZIndicatorPeriod>, timeZone: string, now: Date) {
  const today = isoDayInTimeZone(now, timeZone);
  if (input.period === "custom" && input.from && input.to) {
    const span = daysBetween(input.from, input.to);
    if (span >= 0 && span <= MAX_CUSTOM_DAYS) return { kind: "custom" as const, from: input.from, to: input.to };
  }
  if (input.period === "last12") {
    const [year, month] = today.split("-").map(Number);
    const first = new Date(Date.UTC(year, month - 1 - 11, 1)).toISOString().slice(0, 10);
    return { kind: "last12" as const, from: first, to: today };
  }
  const year = today.slice(0, 4);
  return { kind: "year" as const, from: `${year}-01-01`, to: `${year}-12-31` };
}

export function periodOfDays(
  kind: Period["kind"],
  { from, to }: { from: string; to: string },
  timeZone: string,
): Period {
  return {
    kind,
    from,
    to,
    start: localDateTimeToInstant(`${from}T00:00`, timeZone),
    end: localDateTimeToInstant(`${nextDay(to)}T00:00`, timeZone),
    months: monthsBetween(from, to),
    year: Number(to.slice(0, 4)),
  };
}

export function resolvePeriod(query: unknown, timeZone: string, now = new Date()): Period {
  const parsed = ZIndicatorPeriod.parse(query ?? {});
  const { kind, from, to } = bounds(parsed, timeZone, now);
  return periodOfDays(kind, { from, to }, timeZone);
}

/** The calendar year of an annual report: the whole year in the tenant's time zone. */
export function yearPeriod(year: number, timeZone: string): Period {
  return periodOfDays("custom", { from: `${year}-01-01`, to: `${year}-12-31` }, timeZone);
}

/** The query string that names a period again (links, CSV downloads). */
export function periodQuery(period: Pick<Period, "kind" | "from" | "to">): string {
  if (period.kind === "custom") return `period=custom&from=${period.from}&to=${period.to}`;
  return `period=${period.kind}`;
}
