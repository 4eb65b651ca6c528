import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/Badge";
import { Link } from "@/components/ui/Link";
import { formatCurrency } from "@/lib/i18n/format";

import { OfferForm } from "./OfferForm";

type Result = {
  id: string;
  name: string;
  kind: string;
  commune: string;
  beds: number;
  rooms: number;
  furnished: boolean;
  accessible: boolean;
  priceNightCents: number | null;
  rentMonthCents: number | null;
  near: boolean;
  nights: number;
};

/** Free units for a search; on a request page each one can be offered to the newcomer (`offer`). */
export async function SearchResults({
  tenantSlug,
  results,
  offer,
}: {
  tenantSlug: string;
  results: Result[];
  offer?: { requestId: string; arrival: string; departure: string };
}) {
  const t = await getTranslations("housing");
  if (results.length === 0) return <p>{t("search.none")}</p>;
  return (
    <ul className="space-y-3" aria-label={t("search.results", { count: results.length })}>
      {results.map((u) => (
        <li key={u.id} className="rounded-md border border-slate-300 p-3">
          <p className="font-semibold">
            <Link className="link" href={`/${tenantSlug}/admin/housing/${u.id}`}>
              {u.name}
            </Link>{" "}
            <span className="font-normal">
              — {t(`kinds.${u.kind as "STUDIO"}`)}, {u.commune}
            </span>{" "}
            {u.near ? <Badge tone="info">{t("search.near")}</Badge> : null}
          </p>
          <p className="text-sm">
            {t("summary", { rooms: u.rooms, beds: u.beds })}
            {u.furnished ? ` · ${t("fields.furnished")}` : ""}
            {u.accessible ? ` · ${t("fields.accessible")}` : ""}
            {u.priceNightCents !== null
              ? ` · ${t("search.total", { nights: u.nights, total: formatCurrency(u.priceNightCents * u.nights) })}`
              : ""}
            {u.rentMonthCents !== null ? ` · ${t("perMonth", { amount: formatCurrency(u.rentMonthCents) })}` : ""}
          </p>
          {offer ? (
            <OfferForm
              tenantSlug={tenantSlug}
              requestId={offer.requestId}
              unitId={u.id}
              unitName={u.name}
              arrival={offer.arrival}
              departure={offer.departure}
              suggestedPrice={u.priceNightCents !== null ? String((u.priceNightCents * u.nights) / 100) : ""}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
