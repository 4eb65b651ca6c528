import { getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/ActionButton";
import { Badge } from "@/components/ui/Badge";
import { answerHousingOfferAction } from "@/lib/housing/tracking-actions";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { calendarDay, formatCalendarDay, formatCurrency, formatDateTime } from "@/lib/i18n/format";
import type { TrackingPage } from "@/lib/requests/queries";

/**
 * The lodging offered to a newcomer, on their tracking page: commune, kind, dates and price; the exact
 * address once confirmed. An option still running can be accepted or declined here.
 */
// The answers of the offer buttons: the rest of "housing" stays on the server (issue 11).
const NEWCOMER_HOUSING_MESSAGES = ["housing.track.accepted", "housing.track.declined", "housing.errors"];

export async function NewcomerHousing({
  tenant,
  token,
  bookings,
}: {
  tenant: { slug: string; timeZone: string };
  token: string;
  /** Loaded with the tracking page's request (lib/requests/queries.ts: getTrackingPage). */
  bookings: TrackingPage["bookings"];
}) {
  if (bookings.length === 0) return null;
  const t = await getTranslations("housing");
  const day = (iso: string) => formatCalendarDay(calendarDay(iso));
  const now = new Date();
  return (
    <ClientMessages namespaces={NEWCOMER_HOUSING_MESSAGES}>
      <section aria-labelledby="my-housing" className="card space-y-3">
        <h2 id="my-housing" className="text-xl font-semibold">
          {t("track.title")}
        </h2>
        <ul className="space-y-4">
          {bookings.map((b) => {
            const answerable = b.status === "OPTION" && (!b.optionExpiresAt || b.optionExpiresAt > now);
            return (
              <li key={b.id} className="space-y-2 rounded-md border border-slate-300 p-3">
                <p className="font-semibold">
                  {t(`kinds.${b.unit.kind}`)} — {b.unit.commune}{" "}
                  <Badge tone={b.status === "CONFIRMED" ? "success" : b.status === "OPTION" ? "warning" : "neutral"}>
                    {t(`track.statuses.${b.status}`)}
                  </Badge>
                </p>
                <p>
                  {t("dates", { arrival: day(b.arrival), departure: day(b.departure) })} ·{" "}
                  {t("summary", { rooms: b.unit.rooms, beds: b.unit.beds })}
                  {b.unit.furnished ? ` · ${t("fields.furnished")}` : ""}
                </p>
                <p>
                  {b.priceCents !== null
                    ? t("track.price", { price: formatCurrency(b.priceCents) })
                    : t("track.noPrice")}
                </p>
                {b.unit.description ? <p className="text-sm whitespace-pre-line">{b.unit.description}</p> : null}
                {b.unit.address ? (
                  <p>
                    <strong>{t("track.address")}</strong> {b.unit.address}
                  </p>
                ) : b.status === "OPTION" ? (
                  <p className="text-sm text-slate-700">{t("track.addressLater")}</p>
                ) : null}
                {b.unit.houseRules ? (
                  <p className="text-sm">
                    <strong>{t("fields.houseRules")} :</strong> {b.unit.houseRules}
                  </p>
                ) : null}
                {b.unit.photos.length > 0 ? (
                  <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
                    {b.unit.photos.map((p, i) => (
                      <li key={p.id}>
                        {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route, already resized */}
                        <img
                          src={`/${tenant.slug}/housing-photos/${p.id}?t=${encodeURIComponent(token)}`}
                          alt={t("photos.alt", { index: i + 1 })}
                          loading="lazy"
                          className="h-auto w-full rounded"
                        />
                      </li>
                    ))}
                  </ul>
                ) : null}
                {answerable ? (
                  <>
                    {b.optionExpiresAt ? (
                      <p className="text-sm">
                        {t("track.until", { date: formatDateTime(b.optionExpiresAt, tenant.timeZone) })}
                      </p>
                    ) : null}
                    <span className="inline-flex flex-wrap gap-2">
                      <ActionButton
                        size="touch"
                        label={t("track.accept")}
                        action={answerHousingOfferAction.bind(null, tenant.slug, {
                          token,
                          bookingId: b.id,
                          accept: true,
                        })}
                      />
                      <ActionButton
                        size="touch"
                        variant="danger"
                        label={t("track.decline")}
                        confirm={t("track.declineConfirm")}
                        action={answerHousingOfferAction.bind(null, tenant.slug, {
                          token,
                          bookingId: b.id,
                          accept: false,
                        })}
                      />
                    </span>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </ClientMessages>
  );
}
