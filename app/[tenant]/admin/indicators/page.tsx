import { getLocale } from "next-intl/server";

import { DatasetChart } from "@/components/indicators/DatasetChart";
import { DatasetIntro } from "@/components/indicators/DatasetIntro";
import { IndicatorSection } from "@/components/indicators/IndicatorSection";
import { KeyFigures } from "@/components/indicators/KeyFigures";
import { PeriodForm } from "@/components/indicators/PeriodForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { keyFigures } from "@/lib/dashboard/figures";
import { formatCalendarDay } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { indicatorData, periodFromQuery } from "@/lib/indicators/page-data";
import { periodQuery } from "@/lib/indicators/period";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("indicators");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function IndicatorsPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "admin.view", `/${slug}/admin/indicators`);
  const query = await searchParams;
  const locale = await getLocale();
  const period = periodFromQuery({ ...query, year: undefined }, tenant.timeZone);
  const { indicators, datasets, t } = await indicatorData(tenant, period, { locale });
  const base = `/${tenant.slug}/admin`;
  const qs = periodQuery(period);
  const dateLocale = locale === "en" ? "en-GB" : "fr-FR";
  const customRefused = query.period === "custom" && period.kind !== "custom";
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("indicators.title")}
        description={
          <>
            <p>{t("indicators.intro")}</p>
            <p className="mt-1 font-medium">
              {t("indicators.period.range", {
                from: formatCalendarDay(new Date(`${period.from}T00:00:00Z`), dateLocale),
                to: formatCalendarDay(new Date(`${period.to}T00:00:00Z`), dateLocale),
              })}
            </p>
          </>
        }
        action={
          <a className="btn-secondary" href={`${base}/indicators/all.xlsx?${qs}`} download>
            {t("indicators.downloadXlsx")}
          </a>
        }
      />
      <PeriodForm
        period={period}
        labels={{
          legend: t("indicators.period.legend"),
          year: t("indicators.period.year"),
          last12: t("indicators.period.last12"),
          custom: t("indicators.period.custom"),
          from: t("indicators.period.from"),
          to: t("indicators.period.to"),
          apply: t("indicators.period.apply"),
        }}
      />
      {customRefused ? (
        <p role="status" className="text-amber-900">
          {t("indicators.period.invalid")}
        </p>
      ) : null}
      <section aria-labelledby="key-figures" className="space-y-3">
        <h2 id="key-figures" className="sr-only">
          {t("indicators.title")}
        </h2>
        <KeyFigures figures={keyFigures(indicators, { t, base, locale })} />
      </section>
      {datasets.map((dataset) => (
        <IndicatorSection
          key={dataset.key}
          dataset={dataset}
          chart={<DatasetChart dataset={dataset} ind={indicators} t={t} locale={locale} />}
          intro={<DatasetIntro datasetKey={dataset.key} t={t} />}
          caption={t("indicators.tableCaption", { title: dataset.title })}
          locale={locale}
          none={t("indicators.units.none")}
          empty={t("indicators.empty")}
          downloads={[
            { href: `${base}/indicators/${dataset.key}.csv?${qs}`, label: t("indicators.download") },
            { href: `${base}/indicators/${dataset.key}.xlsx?${qs}`, label: t("indicators.downloadXlsx") },
          ]}
        />
      ))}
      <p className="text-sm text-slate-700">{t("indicators.notes")}</p>
    </div>
  );
}
