import { getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/ActionButton";
import { Badge } from "@/components/ui/Badge";
import { Link } from "@/components/ui/Link";
import { cancelHousingBookingAction } from "@/lib/housing/actions";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { calendarDay, formatCalendarDay, formatCurrency, formatDateTime } from "@/lib/i18n/format";
import type { RequestPage } from "@/lib/requests/queries";

import { SearchForm } from "./SearchForm";
import { SearchResults } from "./SearchResults";

/**
 * The housing part of a staff request page: lodging already offered, and for a request with a
 * temporary-housing need, a search of free units prefilled with the newcomer's dates, each unit offered
 * with one click (an option the newcomer accepts or declines on their tracking page).
 */
// The offer form and the answers of its actions: the rest of "housing" (units, calendar, portal…) stays on
// the server (issue 11: the request page's HTML).
const REQUEST_HOUSING_MESSAGES = [
  "housing.offer",
  "housing.offerPlaced",
  "housing.booked",
  "housing.bookingCancelled",
  "housing.errors",
];

export async function RequestHousing({
  tenant,
  requestId,
  housing: { bookings, search, results },
}: {
  tenant: { slug: string; timeZone: string };
  requestId: string;
  /** Loaded with the request page (lib/requests/queries.ts: getRequestPage). */
  housing: NonNullable<RequestPage["housing"]>;
}) {
  const t = await getTranslations("housing");
  const day = (iso: string) => formatCalendarDay(calendarDay(iso));
  const base = `/${tenant.slug}/admin/requests/${requestId}`;
  return (
    <ClientMessages namespaces={REQUEST_HOUSING_MESSAGES}>
      <section id="housing" aria-labelledby="request-housing" className="card space-y-3">
        <h2 id="request-housing" className="text-xl font-semibold">
          {t("request.title")}
        </h2>
        {bookings.length > 0 ? (
          <ul className="space-y-2">
            {bookings.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <Badge tone={b.status === "CONFIRMED" ? "success" : b.status === "OPTION" ? "warning" : "neutral"}>
                    {t(`statuses.${b.status}`)}
                  </Badge>{" "}
                  <Link className="link" href={`/${tenant.slug}/admin/housing/${b.unit.id}`}>
                    {b.unit.name}
                  </Link>{" "}
                  ({b.unit.commune}) · {t("dates", { arrival: day(b.arrival), departure: day(b.departure) })}
                  {b.priceCents !== null ? ` · ${formatCurrency(b.priceCents)}` : ""}
                  {b.status === "OPTION" && b.optionExpiresAt
                    ? ` · ${t("request.until", { date: formatDateTime(b.optionExpiresAt, tenant.timeZone) })}`
                    : ""}
                </span>
                {b.status === "OPTION" || b.status === "CONFIRMED" ? (
                  <ActionButton
                    variant="danger"
                    label={t("cancel")}
                    srLabel={b.unit.name}
                    confirm={t("cancelConfirm")}
                    action={cancelHousingBookingAction.bind(null, tenant.slug, { bookingId: b.id })}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("request.none")}</p>
        )}
        {search ? (
          <>
            <h3 className="font-semibold">{t("search.title")}</h3>
            <SearchForm action={`${base}#housing`} values={search} />
            {results ? (
              <SearchResults
                tenantSlug={tenant.slug}
                results={results}
                offer={{ requestId, arrival: search.arrival, departure: search.departure }}
              />
            ) : (
              <p className="text-sm">{t("request.noDates")}</p>
            )}
          </>
        ) : null}
      </section>
    </ClientMessages>
  );
}
