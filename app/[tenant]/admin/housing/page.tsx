import { getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/ActionButton";
import { SearchForm } from "@/components/housing/SearchForm";
import { SearchResults } from "@/components/housing/SearchResults";
import { Badge } from "@/components/ui/Badge";
import { Link } from "@/components/ui/Link";
import { Pagination } from "@/components/ui/Pagination";
import { TableScroll } from "@/components/ui/TableScroll";
import { pageNumber } from "@/lib/forms/fields";
import { decideHousingAskAction } from "@/lib/housing/actions";
import { listUnits, pendingAsks, searchFreeUnits } from "@/lib/housing/queries";
import { parseHousingSearch } from "@/lib/housing/search-params";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { calendarDay, formatCalendarDay } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("housing");

type SearchParams = Record<string, string | string[] | undefined>;

export default async function HousingPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "housing.manage", `/${slug}/admin/housing`);
  const query = await searchParams;
  const page = pageNumber.parse(query.page ?? 1);
  const search = parseHousingSearch(query);
  const t = await getTranslations("housing");
  const [units, asks, results] = await Promise.all([
    listUnits(tenant.id, page),
    pendingAsks(tenant.id),
    search ? searchFreeUnits(tenant.id, search) : null,
  ]);
  const day = (iso: string) => formatCalendarDay(calendarDay(iso));
  return (
    <ClientMessages namespaces={["housing"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="page-title">{t("title")}</h1>
          <div className="flex flex-wrap gap-3">
            <Link className="btn-secondary px-3 py-2" href={`/${tenant.slug}/admin/housing/occupancy`}>
              {t("occupancy.title")}
            </Link>
            <Link className="btn-primary" href={`/${tenant.slug}/admin/housing/new`}>
              {t("newUnit")}
            </Link>
          </div>
        </div>

        <section className="card space-y-3" aria-labelledby="housing-search">
          <h2 id="housing-search" className="text-xl font-semibold">
            {t("search.title")}
          </h2>
          <SearchForm action={`/${tenant.slug}/admin/housing`} values={search ?? {}} />
          {results ? <SearchResults tenantSlug={tenant.slug} results={results} /> : null}
        </section>

        <section aria-labelledby="housing-asks" className="space-y-2">
          <h2 id="housing-asks" className="text-xl font-semibold">
            {t("asks.title")}
          </h2>
          {asks.length === 0 ? (
            <p>{t("asks.none")}</p>
          ) : (
            <ul className="space-y-2">
              {asks.map((a) => (
                <li key={a.id} className="card space-y-1">
                  <p>
                    <strong>{a.who}</strong> — {a.unit.name} ({a.unit.commune}) ·{" "}
                    {t("dates", { arrival: day(a.arrival), departure: day(a.departure) })} ·{" "}
                    {t(`audiences.${a.audience}`)}
                  </p>
                  {a.message ? <p className="text-sm whitespace-pre-line">{a.message}</p> : null}
                  <span className="inline-flex flex-wrap gap-2">
                    <ActionButton
                      label={t("confirmAsk")}
                      srLabel={a.who}
                      action={decideHousingAskAction.bind(null, tenant.slug, { bookingId: a.id, confirm: true })}
                    />
                    <ActionButton
                      variant="danger"
                      label={t("declineAsk")}
                      srLabel={a.who}
                      action={decideHousingAskAction.bind(null, tenant.slug, { bookingId: a.id, confirm: false })}
                    />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="housing-units" className="space-y-2">
          <h2 id="housing-units" className="text-xl font-semibold">
            {t("units", { count: units.total })}
          </h2>
          {units.rows.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <TableScroll label={t("units", { count: units.total })}>
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="p-2">
                      {t("fields.name")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("fields.kind")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("fields.commune")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("fields.beds")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("fields.audiences")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("fields.status")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {units.rows.map((u) => (
                    <tr key={u.id} className="border-t border-slate-200">
                      <td className="p-2">
                        <Link className="link" href={`/${tenant.slug}/admin/housing/${u.id}`}>
                          {u.name}
                        </Link>
                      </td>
                      <td className="p-2">{t(`kinds.${u.kind}`)}</td>
                      <td className="p-2">{u.commune}</td>
                      <td className="p-2">{u.beds}</td>
                      <td className="p-2">
                        {u.audiences.map((a) => t(`audiences.${a}`)).join(", ")}
                        {u.openToMembers ? ` · ${t("fields.openToMembersShort")}` : ""}
                      </td>
                      <td className="p-2">
                        <Badge tone={u.status === "AVAILABLE" ? "success" : "neutral"}>
                          {t(`unitStatuses.${u.status}`)}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pagination
            page={page}
            pageCount={units.pageCount}
            hrefFor={(p) => `/${tenant.slug}/admin/housing?page=${p}`}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
