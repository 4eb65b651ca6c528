import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";

import { AskForm } from "@/components/housing/AskForm";
import { Badge } from "@/components/ui/Badge";
import { addDays, freeStretches } from "@/lib/housing/nights";
import { activeMembershipId, memberBookings, unitsForMembers } from "@/lib/housing/queries";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { calendarDay, formatCalendarDay, formatCurrency, isoDayInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("portalHousing");

/** How far ahead members see free dates. */
const HORIZON_DAYS = 180;

export default async function PortalHousingPage({ params }: { params: Promise<{ tenant: string }> }) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug } = await params;
  const { tenant, user } = await requireTenantPage(slug, "portal.view", `/${slug}/portal/housing`);
  const membershipId = await activeMembershipId(tenant.id, user.id);
  if (!membershipId) forbidden();
  const today = isoDayInTimeZone(new Date(), tenant.timeZone);
  const horizon = addDays(today, HORIZON_DAYS);
  const [units, mine] = await Promise.all([
    unitsForMembers(tenant.id, today, horizon),
    memberBookings(tenant.id, membershipId),
  ]);
  const t = await getTranslations("housing");
  const day = (iso: string) => formatCalendarDay(calendarDay(iso));
  return (
    <ClientMessages namespaces={["housing"]}>
      <div className="space-y-6">
        <h1 className="page-title">{t("portal.title")}</h1>
        <p>{t("portal.intro")}</p>

        <section aria-labelledby="my-housing" className="card space-y-2">
          <h2 id="my-housing" className="text-xl font-semibold">
            {t("portal.mine")}
          </h2>
          {mine.length === 0 ? (
            <p>{t("portal.mineNone")}</p>
          ) : (
            <ul className="space-y-2">
              {mine.map((b) => (
                <li key={b.id}>
                  <Badge tone={b.status === "CONFIRMED" ? "success" : b.status === "REQUESTED" ? "info" : "neutral"}>
                    {t(`statuses.${b.status}`)}
                  </Badge>{" "}
                  {b.unit.name} ({b.unit.commune}) ·{" "}
                  {t("dates", { arrival: day(b.arrival), departure: day(b.departure) })}
                  {b.priceCents !== null ? ` · ${formatCurrency(b.priceCents, dateLocale)}` : ""}
                  {b.unit.address ? ` · ${t("track.address")} ${b.unit.address}` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="open-units" className="space-y-3">
          <h2 id="open-units" className="text-xl font-semibold">
            {t("portal.units")}
          </h2>
          {units.length === 0 ? <p>{t("portal.none")}</p> : null}
          {units.map((u) => {
            const free = freeStretches(u.bookings, today, horizon);
            return (
              <article key={u.id} aria-labelledby={`unit-${u.id}`} className="card space-y-2">
                <h3 id={`unit-${u.id}`} className="text-lg font-semibold">
                  {u.name} — {t(`kinds.${u.kind}`)}, {u.commune}
                </h3>
                <p className="text-sm">
                  {t("summary", { rooms: u.rooms, beds: u.beds })}
                  {u.furnished ? ` · ${t("fields.furnished")}` : ""}
                  {u.accessible ? ` · ${t("fields.accessible")}` : ""}
                  {u.priceNightCents !== null
                    ? ` · ${t("perNight", { amount: formatCurrency(u.priceNightCents, dateLocale) })}`
                    : ""}
                  {u.rentMonthCents !== null
                    ? ` · ${t("perMonth", { amount: formatCurrency(u.rentMonthCents, dateLocale) })}`
                    : ""}
                  {" · "}
                  {u.audiences.map((a) => t(`audiences.${a}`)).join(", ")}
                </p>
                {u.description ? <p className="whitespace-pre-line">{u.description}</p> : null}
                {u.photos.length > 0 ? (
                  <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                    {u.photos.map((p, i) => (
                      <li key={p.id}>
                        {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route, already resized */}
                        <img
                          src={`/${tenant.slug}/housing-photos/${p.id}`}
                          alt={t("photos.alt", { index: i + 1 })}
                          loading="lazy"
                          className="h-auto w-full rounded"
                        />
                      </li>
                    ))}
                  </ul>
                ) : null}
                <h4 className="font-semibold">{t("portal.free", { days: HORIZON_DAYS })}</h4>
                {free.length === 0 ? (
                  <p>{t("portal.full")}</p>
                ) : (
                  <ul className="list-inside list-disc text-sm">
                    {free.map((f) => (
                      <li key={f.arrival}>{t("dates", { arrival: day(f.arrival), departure: day(f.departure) })}</li>
                    ))}
                  </ul>
                )}
                <AskForm tenantSlug={tenant.slug} unitId={u.id} unitName={u.name} audiences={u.audiences} />
              </article>
            );
          })}
        </section>
      </div>
    </ClientMessages>
  );
}
