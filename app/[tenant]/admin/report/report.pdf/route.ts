import { keyFigures } from "@/lib/dashboard/figures";
import { formatDate, yearInTimeZone } from "@/lib/i18n/format";
import { localeOfRequest } from "@/lib/i18n/route-reader";
import { downloadHeaders } from "@/lib/indicators/export";
import { indicatorData } from "@/lib/indicators/page-data";
import { yearPeriod } from "@/lib/indicators/period";
import { renderReportPdf } from "@/lib/report/pdf";
import { getReportTexts } from "@/lib/report/queries";
import { ZReportYear } from "@/lib/report/schemas";
import { tenantRoute } from "@/lib/tenancy/route";

export const GET = tenantRoute<{ tenant: string }>("admin.view", async ({ tenant }, _params, request) => {
  const now = new Date();
  const year =
    ZReportYear.parse(new URL(request.url).searchParams.get("year") ?? undefined) ??
    yearInTimeZone(now, tenant.timeZone);
  const locale = localeOfRequest(request);
  const [{ indicators, datasets, t }, texts] = await Promise.all([
    indicatorData(tenant, yearPeriod(year, tenant.timeZone), { locale, now }),
    getReportTexts(tenant.id, year),
  ]);
  const base = `/${tenant.slug}/admin`;
  const pdf = await renderReportPdf({
    title: t("report.heading", { year, tenant: tenant.name }),
    subtitle: t("report.generated", { date: formatDate(now, tenant.timeZone, locale === "en" ? "en-GB" : "fr-FR") }),
    blocks: [
      { label: t("report.context"), text: texts.context },
      { label: t("report.highlights"), text: texts.highlights },
      { label: t("report.outlook"), text: texts.outlook },
    ],
    notWritten: t("report.notWritten"),
    figuresTitle: t("report.keyFigures"),
    figures: keyFigures(indicators, { t, base, locale }),
    datasets,
    indicators,
    locale,
    none: t("indicators.units.none"),
  });
  return new Response(new Uint8Array(pdf), {
    headers: downloadHeaders(`${tenant.slug}-rapport-${year}.pdf`, "application/pdf"),
  });
});
