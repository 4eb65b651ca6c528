import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";
import type { HousingBookingStatus } from "@/lib/generated/prisma/enums";
import { monthWeeks, shiftMonth, stayOnNight } from "@/lib/housing/nights";
import { calendarDay, formatDate } from "@/lib/i18n/format";

type Stay = { id: string; arrival: string; departure: string; status: HousingBookingStatus; who: string };

const TONE: Record<string, string> = {
  CONFIRMED: "bg-sky-100 border-sky-700",
  OPTION: "bg-amber-50 border-amber-700 border-dashed",
};

/**
 * One unit's month, Monday first. Each night says in words whether it is free, under option or booked
 * (and for whom), so the calendar reads without colours and with a screen reader.
 */
export async function MonthCalendar({
  month,
  stays,
  hrefFor,
}: {
  month: string;
  stays: Stay[];
  hrefFor: (month: string) => string;
}) {
  const t = await getTranslations("housing");
  const title = formatDate(calendarDay(`${month}-01`), "UTC", "fr-FR").replace(/^\d+\s/, "");
  const held = stays.filter((s) => s.status === "OPTION" || s.status === "CONFIRMED");
  const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <Link className="link" href={hrefFor(shiftMonth(month, -1))} rel="prev">
          {t("calendar.previous")}
        </Link>
        <p className="font-semibold" aria-live="polite">
          {title}
        </p>
        <Link className="link" href={hrefFor(shiftMonth(month, 1))} rel="next">
          {t("calendar.next")}
        </Link>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">{t("calendar.caption", { month: title })}</caption>
          <thead>
            <tr>
              {weekdays.map((d) => (
                <th key={d} scope="col" className="p-1 text-left font-semibold">
                  {t(`calendar.days.${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week, i) => (
              <tr key={i}>
                {week.map((day, j) => {
                  if (!day) return <td key={j} className="p-1" />;
                  const stay = stayOnNight(held, day);
                  return (
                    <td key={day} className="p-1 align-top">
                      <div
                        className={`min-h-14 rounded border p-1 ${stay ? TONE[stay.status] : "border-slate-300 bg-white"}`}
                      >
                        <span className="font-semibold">{Number(day.slice(8))}</span>
                        <span className="block text-xs">
                          {stay ? `${t(`statuses.${stay.status}`)} · ${stay.who}` : t("calendar.free")}
                        </span>
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
