import { getTranslations } from "next-intl/server";

import { OfferReveal } from "@/components/offers/OfferReveal";
import { Link } from "@/components/ui/Link";
import { Pagination, PastLastPage } from "@/components/ui/Pagination";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatCalendarDay } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { PARTNER_CATEGORIES, ZPortalOffersQuery } from "@/lib/offers/schemas";
import { listPortalOffers } from "@/lib/offers/service";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("offers");

export default async function PortalOffersPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "portal.view", `/${slug}/portal/offers`);
  const query = ZPortalOffersQuery.parse(await searchParams);
  const t = await getTranslations("offers");
  const { rows: offers, total, pageCount } = await listPortalOffers(tenant, query);
  const base = `/${tenant.slug}/portal/offers`;
  // A category link starts again at the first page; the pager keeps the category and the search.
  const href = (category?: string, page = 1) => {
    const search = new URLSearchParams({
      ...(category ? { category } : {}),
      ...(query.q ? { q: query.q } : {}),
      ...(page > 1 ? { page: String(page) } : {}),
    }).toString();
    return search ? `${base}?${search}` : base;
  };
  const hrefFor = (page: number) => href(query.category, page);
  return (
    <ClientMessages namespaces={["offers"]}>
      <div className="space-y-6">
        <h1 className="page-title">{t("portalTitle")}</h1>
        <nav aria-label={t("category")}>
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link
                aria-current={!query.category ? "page" : undefined}
                className={`rounded-full border px-3 py-1 text-sm ${!query.category ? "border-brand bg-brand text-white" : "border-slate-400 bg-white"}`}
                href={href()}
              >
                {t("all")}
              </Link>
            </li>
            {PARTNER_CATEGORIES.map((c) => (
              <li key={c}>
                <Link
                  aria-current={query.category === c ? "page" : undefined}
                  className={`rounded-full border px-3 py-1 text-sm ${query.category === c ? "border-brand bg-brand text-white" : "border-slate-400 bg-white"}`}
                  href={href(c)}
                >
                  {t(`categories.${c}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form role="search" method="get" className="flex gap-2">
          {query.category ? <input type="hidden" name="category" value={query.category} /> : null}
          <label htmlFor="offer-search" className="sr-only">
            {t("search")}
          </label>
          <input
            id="offer-search"
            name="q"
            defaultValue={query.q ?? ""}
            placeholder={t("search")}
            className="w-full max-w-md rounded-md border border-slate-500 bg-white px-3 py-2"
          />
          <button type="submit" className="btn-secondary">
            {t("searchSubmit")}
          </button>
        </form>
        {total > 0 ? <p className="text-sm text-slate-700">{t("count", { count: total })}</p> : null}
        {total === 0 ? (
          <p>{t("empty")}</p>
        ) : offers.length === 0 ? (
          <PastLastPage message={t("pageEmpty")} hrefFor={hrefFor} />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {offers.map((o) => (
              <li key={o.id} className="card space-y-2">
                <p className="flex flex-wrap gap-2 text-xs font-semibold">
                  <span className="rounded bg-slate-200 px-2 py-0.5 text-slate-900">
                    {t(`categories.${o.partner.category}`)}
                  </span>
                  {o.isNew ? <span className="rounded bg-green-800 px-2 py-0.5 text-white">{t("new")}</span> : null}
                  {o.endsSoon ? (
                    <span className="rounded bg-amber-800 px-2 py-0.5 text-white">{t("endsSoon")}</span>
                  ) : null}
                </p>
                <h2 className="text-lg font-semibold">
                  {o.title} <span className="text-brand">{o.discount}</span>
                </h2>
                <p className="flex items-center gap-2 text-sm text-slate-700">
                  {o.partner.logoUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- partner logos live on their own sites; next/image would need every host allowed
                    <img
                      src={o.partner.logoUrl}
                      alt={t("logoAlt", { name: o.partner.name })}
                      className="h-8 w-auto max-w-24 object-contain"
                      loading="lazy"
                      referrerPolicy="no-referrer"
                    />
                  ) : null}
                  <span>
                    {o.partner.name}
                    {o.partner.address ? ` — ${o.partner.address}` : ""}
                  </span>
                </p>
                {o.description ? <p>{o.description}</p> : null}
                {o.conditions ? <p className="text-sm text-slate-700">{o.conditions}</p> : null}
                {o.validUntil ? (
                  <p className="text-sm">{t("until", { date: formatCalendarDay(o.validUntil) })}</p>
                ) : null}
                {o.howToClaim !== null ? <OfferReveal tenantSlug={tenant.slug} offerId={o.id} title={o.title} /> : null}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={query.page} pageCount={pageCount} hrefFor={hrefFor} />
      </div>
    </ClientMessages>
  );
}
