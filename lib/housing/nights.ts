import { calendarDay, isoCalendarDay } from "@/lib/i18n/format";

// Bookings are nights: from the arrival day (included) to the departure day (excluded), calendar days of
// the CPTS stored as DATE. Pure helpers, shared by the pages, the service and the job.

const DAY_MS = 24 * 60 * 60 * 1000;

export function nightsBetween(arrival: string, departure: string): number {
  return Math.round((calendarDay(departure).getTime() - calendarDay(arrival).getTime()) / DAY_MS);
}

export function addDays(isoDay: string, days: number): string {
  return isoCalendarDay(new Date(calendarDay(isoDay).getTime() + days * DAY_MS));
}

/** Two stays share a night when each starts before the other ends (departure days are free). */
export function staysOverlap(a: { arrival: string; departure: string }, b: { arrival: string; departure: string }) {
  return a.arrival < b.departure && b.arrival < a.departure;
}

/** "YYYY-MM" → its first day and the first day of the next month. */
export function monthBounds(month: string): { first: string; next: string } {
  const [year, m] = month.split("-").map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { first: `${month}-01`, next: `${next}-01` };
}

export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split("-").map(Number);
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The weeks of a month, Monday first, each day an ISO day or null outside the month. */
export function monthWeeks(month: string): (string | null)[][] {
  const { first, next } = monthBounds(month);
  const lead = (calendarDay(first).getUTCDay() + 6) % 7;
  const days: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = first; day < next; day = addDays(day, 1)) days.push(day);
  while (days.length % 7 !== 0) days.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/** Which stay (if any) holds the night of `day`. */
export function stayOnNight<T extends { arrival: string; departure: string }>(stays: T[], day: string): T | undefined {
  return stays.find((s) => s.arrival <= day && day < s.departure);
}

/** Free stretches of at least one night between `from` and `to` (excluded), given the held stays. */
export function freeStretches(
  held: { arrival: string; departure: string }[],
  from: string,
  to: string,
): { arrival: string; departure: string }[] {
  const sorted = [...held].sort((a, b) => a.arrival.localeCompare(b.arrival));
  const free: { arrival: string; departure: string }[] = [];
  let cursor = from;
  for (const stay of sorted) {
    if (stay.departure <= cursor) continue;
    if (stay.arrival >= to) break;
    if (stay.arrival > cursor) free.push({ arrival: cursor, departure: stay.arrival });
    cursor = stay.departure > cursor ? stay.departure : cursor;
  }
  if (cursor < to) free.push({ arrival: cursor, departure: to });
  return free;
}
