import "server-only";

import { buildDatasets } from "./datasets";
import { loadDemography } from "./demography";
import { indicatorTranslator } from "./labels";
import { resolvePeriod, yearPeriod, type Period } from "./period";
import { loadIndicators } from "./queries";

type Tenant = { id: string; slug: string; timeZone: string };

/** Everything the indicator page, the report and the downloads show for a period: two SQL statements. */
export async function indicatorData(
  tenant: Tenant,
  period: Period,
  { locale, now = new Date() }: { locale: string; now?: Date },
) {
  const [indicators, demography] = await Promise.all([
    loadIndicators(tenant, period, now),
    loadDemography(tenant, period, now),
  ]);
  const t = indicatorTranslator(locale);
  const datasets = buildDatasets({ ind: indicators, demography }, { t, base: `/${tenant.slug}/admin`, locale });
  return { period, indicators, demography, datasets, t };
}

/** The period named by a query string: `year=2026` (the report) or the indicator page's selector. */
export function periodFromQuery(
  query: Record<string, string | string[] | undefined>,
  timeZone: string,
  now = new Date(),
) {
  const year = Number(query.year);
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) return yearPeriod(year, timeZone);
  return resolvePeriod(query, timeZone, now);
}
