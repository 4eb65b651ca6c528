import { getTranslations } from "next-intl/server";

import { professionOptions } from "@/components/members/profession-options";
import { FilterInput, FilterSelect } from "@/components/ui/Filters";
import { Link } from "@/components/ui/Link";
import { Pagination } from "@/components/ui/Pagination";
import { pageMetadata } from "@/lib/i18n/metadata";
import { searchDirectory } from "@/lib/members/directory";
import { ZDirectoryQuery } from "@/lib/members/schemas";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("directory");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DirectoryPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "directory.view", `/${slug}/portal/directory`);
  const query = ZDirectoryQuery.parse(await searchParams);
  const t = await getTranslations("directory");
  const tReq = await getTranslations("requests");
  const { rows, total, pageCount } = await searchDirectory(tenant.id, query);
  const filters = {
    ...(query.q ? { q: query.q } : {}),
    ...(query.profession ? { profession: query.profession } : {}),
    ...(query.place ? { place: query.place } : {}),
  };
  const hrefFor = (page: number) =>
    `/${tenant.slug}/portal/directory?${new URLSearchParams({ ...filters, page: String(page) })}`;
  return (
    <div className="space-y-6">
      <h1 className="page-title">{t("title")}</h1>
      <p>
        {t("intro")}{" "}
        <Link className="link" href={`/${tenant.slug}/portal/profile`}>
          {t("optInLink")}
        </Link>
      </p>
      <form role="search" method="get" className="card grid gap-3 sm:grid-cols-4 sm:items-end">
        <FilterInput id="dir-q" name="q" label={t("name")} defaultValue={query.q} />
        <FilterSelect
          id="dir-profession"
          name="profession"
          label={t("profession")}
          defaultValue={query.profession ?? ""}
          options={professionOptions(tReq, t("allProfessions"))}
        />
        <FilterInput id="dir-place" name="place" label={t("place")} defaultValue={query.place} />
        <button type="submit" className="btn-primary">
          {t("search")}
        </button>
      </form>
      <p role="status">{t("count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {rows.map((m) => (
            <li key={m.id} className="card space-y-1">
              <h2 className="text-lg font-semibold">{m.user.name ?? m.user.email}</h2>
              {m.profession ? (
                <p>
                  {tReq(`professions.${m.profession}`)}
                  {m.specialty ? ` — ${m.specialty}` : ""}
                </p>
              ) : null}
              {m.practicePlace ? (
                <p className="text-sm text-slate-700">{t("practicesIn", { place: m.practicePlace })}</p>
              ) : null}
              <p className="text-sm">
                <a className="link" href={`mailto:${m.user.email}`}>
                  {m.user.email}
                </a>
              </p>
              {m.phone ? (
                <p className="text-sm">
                  <a className="link" href={`tel:${m.phone.replace(/\s/g, "")}`}>
                    {m.phone}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={query.page} pageCount={pageCount} hrefFor={hrefFor} />
    </div>
  );
}
