import { getLocale, getTranslations } from "next-intl/server";

import { DatasetChart } from "@/components/indicators/DatasetChart";
import { IndicatorSection } from "@/components/indicators/IndicatorSection";
import { KeyFigures } from "@/components/indicators/KeyFigures";
import { TasksSummary } from "@/components/tasks/TasksSummary";
import { Link } from "@/components/ui/Link";
import { keyFigures } from "@/lib/dashboard/figures";
import { dashboardData } from "@/lib/dashboard/home";
import { numberFormat } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { periodQuery } from "@/lib/indicators/period";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("admin");

export default async function AdminDashboardPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, user } = await requireTenantPage(slug, "admin.view", `/${slug}/admin`);
  const tAdmin = await getTranslations("admin");
  const locale = await getLocale();
  const { indicators, tasks, datasets, t } = await dashboardData(tenant, { userId: user.id, locale });
  const base = `/${tenant.slug}/admin`;
  const number = numberFormat(locale === "en" ? "en-GB" : "fr-FR");
  const today = [
    {
      key: "openRequests",
      label: t("indicators.figures.openRequests"),
      value: number.format(indicators.today.openRequests),
      href: `${base}/requests`,
    },
    {
      key: "upcomingEvents",
      label: t("indicators.figures.upcomingEvents"),
      value: number.format(indicators.today.upcomingEvents),
      href: `${base}/events`,
    },
  ];
  const qs = periodQuery(indicators.period);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="page-title break-words">{tAdmin("title", { tenant: tenant.name })}</h1>
        <p>{t("indicators.dashboardIntro")}</p>
      </div>
      <TasksSummary tenantSlug={tenant.slug} tasks={tasks} />
      <section aria-labelledby="stats" className="space-y-3">
        <h2 id="stats" className="text-xl font-semibold">
          {tAdmin("stats")} — {indicators.period.year}
        </h2>
        <KeyFigures figures={[...today, ...keyFigures(indicators, { t, base, locale })]} />
        <p>
          <Link className="btn-primary" href={`${base}/indicators`}>
            {t("indicators.allIndicators")}
          </Link>
        </p>
      </section>
      {datasets.map((dataset) => (
        <IndicatorSection
          key={dataset.key}
          dataset={dataset}
          chart={<DatasetChart dataset={dataset} ind={indicators} t={t} locale={locale} />}
          caption={t("indicators.tableCaption", { title: dataset.title })}
          locale={locale}
          none={t("indicators.units.none")}
          empty={t("indicators.empty")}
          downloads={[{ href: `${base}/indicators/${dataset.key}.csv?${qs}`, label: t("indicators.download") }]}
        />
      ))}
    </div>
  );
}
