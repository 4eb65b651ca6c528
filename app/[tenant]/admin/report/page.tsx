import { getLocale, getTranslations } from "next-intl/server";

import { DatasetChart } from "@/components/indicators/DatasetChart";
import { DatasetIntro } from "@/components/indicators/DatasetIntro";
import { IndicatorSection } from "@/components/indicators/IndicatorSection";
import { KeyFigures } from "@/components/indicators/KeyFigures";
import { ReportTextsForm } from "@/components/report/ReportTextsForm";
import { keyFigures } from "@/lib/dashboard/figures";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDate, yearInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { indicatorData } from "@/lib/indicators/page-data";
import { yearPeriod } from "@/lib/indicators/period";
import { getReportTexts } from "@/lib/report/queries";
import { ZReportYear } from "@/lib/report/schemas";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { can } from "@/lib/tenancy/permissions";

export const generateMetadata = pageMetadata("report");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A4 pages when printed: the navigation, forms and download links are left out.
const PRINT_CSS = `@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  nav, header:not(.report-header), footer { display: none !important; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  figure, table { break-inside: avoid; }
}`;

export default async function ReportPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug, "admin.view", `/${slug}/admin/report`);
  const query = await searchParams;
  const now = new Date();
  const year = ZReportYear.parse(query.year) ?? yearInTimeZone(now, tenant.timeZone);
  const locale = await getLocale();
  const tr = await getTranslations("report");
  const period = yearPeriod(year, tenant.timeZone);
  const [{ indicators, datasets, t }, texts] = await Promise.all([
    indicatorData(tenant, period, { locale, now }),
    getReportTexts(tenant.id, year),
  ]);
  const base = `/${tenant.slug}/admin`;
  const canEdit = can(role, "report.edit");
  const dateLocale = locale === "en" ? "en-GB" : "fr-FR";
  const blocks = [
    { key: "context", label: tr("context"), text: texts.context },
    { key: "highlights", label: tr("highlights"), text: texts.highlights },
    { key: "outlook", label: tr("outlook"), text: texts.outlook },
  ];
  return (
    <article className="space-y-8 print:space-y-5">
      <style>{PRINT_CSS}</style>
      <header className="report-header space-y-3">
        <h1 className="page-title break-words">{tr("heading", { year, tenant: tenant.name })}</h1>
        <p className="print:hidden">{tr("intro")}</p>
        <p className="hidden text-sm print:block">
          {tr("generated", { date: formatDate(now, tenant.timeZone, dateLocale) })}
        </p>
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          <form method="get" className="flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="report-year" className="text-sm font-medium">
                {tr("year")}
              </label>
              <input
                id="report-year"
                type="number"
                name="year"
                min={2000}
                max={2100}
                defaultValue={year}
                className="w-28 rounded-md border border-slate-500 bg-white px-3 py-2"
              />
            </div>
            <button type="submit" className="btn-secondary">
              {tr("show")}
            </button>
          </form>
          <a className="btn-primary" href={`${base}/report/report.pdf?year=${year}`} download>
            {tr("downloadPdf")}
          </a>
          <a className="btn-secondary" href={`${base}/indicators/all.xlsx?year=${year}`} download>
            {tr("downloadXlsx")}
          </a>
        </div>
      </header>

      {canEdit ? (
        <ClientMessages namespaces={["report"]}>
          <ReportTextsForm tenantSlug={tenant.slug} initial={{ year, ...texts }} />
        </ClientMessages>
      ) : null}
      {blocks.map((block) => (
        <section
          key={block.key}
          aria-labelledby={`report-${block.key}`}
          className={`space-y-2 ${canEdit ? "hidden print:block" : ""}`}
        >
          <h2 id={`report-${block.key}`} className="text-xl font-semibold">
            {block.label}
          </h2>
          {block.text ? (
            <p className="whitespace-pre-line">{block.text}</p>
          ) : (
            <p className="text-slate-700">{tr("notWritten")}</p>
          )}
        </section>
      ))}

      <section aria-labelledby="report-figures" className="space-y-3">
        <h2 id="report-figures" className="text-xl font-semibold">
          {tr("keyFigures")}
        </h2>
        <KeyFigures figures={keyFigures(indicators, { t, base, locale })} />
      </section>
      {datasets.map((dataset) => (
        <IndicatorSection
          key={dataset.key}
          dataset={dataset.key === "demography" ? { ...dataset, title: tr("installedByPlace") } : dataset}
          chart={<DatasetChart dataset={dataset} ind={indicators} t={t} locale={locale} />}
          intro={dataset.key === "referrals" ? <DatasetIntro datasetKey={dataset.key} t={t} /> : null}
          caption={t("indicators.tableCaption", { title: dataset.title })}
          locale={locale}
          none={t("indicators.units.none")}
          empty={t("indicators.empty")}
          downloads={[
            { href: `${base}/indicators/${dataset.key}.csv?year=${year}`, label: t("indicators.download") },
            { href: `${base}/indicators/${dataset.key}.xlsx?year=${year}`, label: t("indicators.downloadXlsx") },
          ]}
        />
      ))}
    </article>
  );
}
