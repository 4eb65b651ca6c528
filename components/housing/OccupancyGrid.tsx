import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";
import { TableScroll } from "@/components/ui/TableScroll";
import type { HousingBookingStatus } from "@/lib/generated/prisma/enums";
import { addDays, monthBounds, stayOnNight } from "@/lib/housing/nights";

type Unit = {
  id: string;
  name: string;
  commune: string;
  bookings: { id: string; arrival: string; departure: string; status: HousingBookingStatus }[];
};

/** The whole stock over a month: one row per unit, one cell per night (C = confirmed, O = option). */
export async function OccupancyGrid({
  tenantSlug,
  month,
  units,
}: {
  tenantSlug: string;
  month: string;
  units: Unit[];
}) {
  const t = await getTranslations("housing");
  const { first, next } = monthBounds(month);
  const days: string[] = [];
  for (let d = first; d < next; d = addDays(d, 1)) days.push(d);
  return (
    <TableScroll label={t("occupancy.caption", { month })}>
      <table className="border-collapse text-xs">
        <caption className="sr-only">{t("occupancy.caption", { month })}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-white p-2 text-left">
              {t("occupancy.unit")}
            </th>
            {days.map((d) => (
              <th key={d} scope="col" className="w-6 p-1 text-center font-normal">
                {Number(d.slice(8))}
              </th>
            ))}
            <th scope="col" className="p-2 text-right">
              {t("occupancy.nights")}
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => {
            const held = days.filter((d) => stayOnNight(u.bookings, d)).length;
            return (
              <tr key={u.id} className="border-t border-slate-200">
                <th scope="row" className="sticky left-0 bg-white p-2 text-left font-normal whitespace-nowrap">
                  <Link className="link" href={`/${tenantSlug}/admin/housing/${u.id}?month=${month}`}>
                    {u.name}
                  </Link>{" "}
                  <span className="text-slate-700">({u.commune})</span>
                </th>
                {days.map((d) => {
                  const stay = stayOnNight(u.bookings, d);
                  const label = stay ? t(`statuses.${stay.status}`) : t("calendar.free");
                  return (
                    <td
                      key={d}
                      className={`border border-slate-200 text-center ${stay?.status === "CONFIRMED" ? "bg-sky-200" : stay ? "bg-amber-100" : ""}`}
                    >
                      <span aria-hidden="true">{stay ? (stay.status === "CONFIRMED" ? "C" : "O") : ""}</span>
                      <span className="sr-only">{label}</span>
                    </td>
                  );
                })}
                <td className="p-2 text-right">{t("occupancy.held", { held, total: days.length })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
