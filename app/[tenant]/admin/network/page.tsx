import { getTranslations } from "next-intl/server";

import { FilterInput, FilterSelect } from "@/components/ui/Filters";
import { Link } from "@/components/ui/Link";
import { Pagination } from "@/components/ui/Pagination";
import { TableScroll } from "@/components/ui/TableScroll";
import { formatDate } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { listActors } from "@/lib/network/queries";
import { NEED_TYPES, NETWORK_CATEGORIES, ZNetworkQuery } from "@/lib/network/schemas";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("network");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function NetworkPage({ params, searchParams }: Props) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "network.manage", `/${slug}/admin/network`);
  const query = ZNetworkQuery.parse(await searchParams);
  const t = await getTranslations("network");
  const tReq = await getTranslations("requests");
  const { actors, total, pageCount } = await listActors(tenant.id, query);
  const filters = Object.fromEntries(
    Object.entries({ q: query.q, category: query.category, need: query.need, commune: query.commune, tag: query.tag })
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v]) => [k, String(v)]),
  );
  const base = `/${tenant.slug}/admin/network`;
  const hrefFor = (page: number) => `${base}?${new URLSearchParams({ ...filters, page: String(page) })}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="page-title">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="flex flex-wrap gap-4">
          <Link className="btn-primary" href={`${base}/new`}>
            {t("newActor")}
          </Link>
          <Link className="link self-center" href={`${base}/import`}>
            {t("importLink")}
          </Link>
          <a className="link self-center" href={`${base}/export.csv`}>
            {t("exportLink")}
          </a>
          <Link className="link self-center" href={`${base}/aids`}>
            {t("aidsLink")}
          </Link>
        </p>
      </header>
      <form method="get" action={base} aria-label={t("filters.label")} className="card flex flex-wrap items-end gap-3">
        <FilterInput id="network-q" name="q" label={t("filters.q")} defaultValue={query.q ?? ""} className="grow" />
        <FilterSelect
          id="network-category"
          name="category"
          label={t("filters.category")}
          defaultValue={query.category ?? ""}
          options={[
            { value: "", label: t("filters.all") },
            ...NETWORK_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) })),
          ]}
        />
        <FilterSelect
          id="network-need"
          name="need"
          label={t("filters.need")}
          defaultValue={query.need ?? ""}
          options={[
            { value: "", label: t("filters.all") },
            ...NEED_TYPES.map((n) => ({ value: n, label: tReq(`needs.${n}`) })),
          ]}
        />
        <FilterInput
          id="network-commune"
          name="commune"
          label={t("filters.commune")}
          defaultValue={query.commune ?? ""}
        />
        <FilterInput id="network-tag" name="tag" label={t("filters.tag")} defaultValue={query.tag ?? ""} />
        <button type="submit" className="btn-secondary">
          {t("filters.apply")}
        </button>
      </form>
      <p aria-live="polite">{t("count", { count: total })}</p>
      {actors.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <TableScroll label={t("table.caption")}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("table.caption")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("table.name")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("table.category")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("table.needs")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("table.communes")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("table.helped")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("table.lastContacted")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {actors.map((a) => (
                <tr key={a.id}>
                  <td className="px-3 py-2">
                    <Link className="link font-medium" href={`${base}/${a.id}`}>
                      {a.name}
                    </Link>
                    {a.tags.length ? <span className="block text-slate-700">{a.tags.join(", ")}</span> : null}
                  </td>
                  <td className="px-3 py-2">{t(`categories.${a.category}`)}</td>
                  <td className="px-3 py-2">{a.needTypes.map((n) => tReq(`needs.${n}`)).join(", ")}</td>
                  <td className="px-3 py-2">{a.communes.length ? a.communes.join(", ") : t("table.wholeTerritory")}</td>
                  <td className="px-3 py-2">{a._count.referrals}</td>
                  <td className="px-3 py-2">
                    {a.lastContactedAt ? formatDate(a.lastContactedAt, tenant.timeZone, dateLocale) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={query.page} pageCount={pageCount} hrefFor={hrefFor} />
    </div>
  );
}
