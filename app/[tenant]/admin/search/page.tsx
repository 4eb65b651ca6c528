import { getTranslations } from "next-intl/server";

import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { PageHeader } from "@/components/ui/PageHeader";
import { pageMetadata } from "@/lib/i18n/metadata";
import { SEARCH_LIMIT, searchWorkspace } from "@/lib/search/queries";
import { SEARCH_MIN_LENGTH, ZSearchQuery } from "@/lib/search/schemas";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("search");

/** Results of the staff search box: requests and members of this CPTS only (guard, then 2 to 3 statements). */
export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "requests.view", `/${slug}/admin/search`);
  const { q } = ZSearchQuery.parse(await searchParams);
  const t = await getTranslations("workspace.search");
  const groups = await searchWorkspace(tenant, q);
  const found = groups.some((g) => g.hits.length);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={q.length >= SEARCH_MIN_LENGTH ? t("resultsFor", { q }) : null} />
      {q.length < SEARCH_MIN_LENGTH ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : !found ? (
        <EmptyState>{t("none", { q })}</EmptyState>
      ) : (
        groups
          .filter((g) => g.hits.length)
          .map((group) => (
            <section key={group.key} aria-labelledby={`results-${group.key}`} className="space-y-2">
              <h2 id={`results-${group.key}`} className="text-xl font-semibold">
                {t(`groups.${group.key}`)}
              </h2>
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
                {group.hits.map((hit) => (
                  <li key={hit.id} className="px-4 py-3">
                    <Link className="link wrap-anywhere" href={hit.href}>
                      {hit.title}
                    </Link>
                    <p className="text-sm wrap-anywhere text-slate-700">{hit.detail}</p>
                  </li>
                ))}
              </ul>
              {group.more ? <p className="text-sm text-slate-700">{t("more", { count: SEARCH_LIMIT })}</p> : null}
            </section>
          ))
      )}
    </div>
  );
}
