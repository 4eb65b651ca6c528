import "server-only";

import { buildDatasets } from "@/lib/indicators/datasets";
import { indicatorTranslator } from "@/lib/indicators/labels";
import { resolvePeriod } from "@/lib/indicators/period";
import { loadIndicators } from "@/lib/indicators/queries";

import { dashboardCounts } from "./queries";

/** The staff home page: today's counts and this year's indicators (five SQL statements). */
export async function dashboardData(
  tenant: { id: string; slug: string; timeZone: string },
  locale: string,
  now = new Date(),
) {
  const period = resolvePeriod({ period: "year" }, tenant.timeZone, now);
  const [counts, indicators] = await Promise.all([dashboardCounts(tenant, now), loadIndicators(tenant, period, now)]);
  const t = indicatorTranslator(locale);
  const datasets = buildDatasets(
    { ind: indicators, demography: null },
    { t, base: `/${tenant.slug}/admin`, locale },
  ).filter((d) => d.key === "funnel" || d.key === "arrivals");
  return { counts, indicators, datasets, t };
}
