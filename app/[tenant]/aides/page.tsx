import { getTranslations } from "next-intl/server";

import { AidList } from "@/components/network/AidList";
import { FilterSelect } from "@/components/ui/Filters";
import { todayInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { aidsFor } from "@/lib/network/aids";
import { PROFESSIONS, ZAidsQuery } from "@/lib/network/schemas";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("aides", { index: true });

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Public: the installation aids in force on the territory, filterable by profession. */
export default async function AidsPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}/aides`);
  const query = ZAidsQuery.parse(await searchParams);
  const t = await getTranslations("network.aids");
  const tReq = await getTranslations("requests");
  const aids = await aidsFor(tenant.id, { profession: query.profession }, todayInTimeZone(tenant.timeZone));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="page-title">{t("title")}</h1>
        <p>{t("publicIntro", { tenant: tenant.name })}</p>
      </header>
      <form
        method="get"
        action={`/${tenant.slug}/aides`}
        aria-label={t("filterLabel")}
        className="card flex flex-wrap items-end gap-3"
      >
        <FilterSelect
          id="aids-profession"
          name="profession"
          label={t("profession")}
          defaultValue={query.profession ?? ""}
          options={[
            { value: "", label: t("allProfessions") },
            ...PROFESSIONS.map((p) => ({ value: p, label: tReq(`professions.${p}`) })),
          ]}
        />
        <button type="submit" className="btn-secondary">
          {t("apply")}
        </button>
      </form>
      <AidList aids={aids} />
    </div>
  );
}
