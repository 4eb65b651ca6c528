import "server-only";

import { buildDatasets } from "@/lib/indicators/datasets";
import { indicatorTranslator } from "@/lib/indicators/labels";
import { resolvePeriod } from "@/lib/indicators/period";
import { loadIndicators } from "@/lib/indicators/queries";
import { listTasks, type TaskTenant } from "@/lib/tasks/queries";

/**
 * The staff home page: the caller's tasks, today's counts and this year's indicators. Two SQL
 * statements: the indicators with today's counts, and every source of tasks (issue 11: with the guard,
 * the navigation's spaces and the session, five per request).
 */
export async function dashboardData(
  tenant: TaskTenant,
  { userId, locale, now = new Date() }: { userId: string; locale: string; now?: Date },
) {
  const period = resolvePeriod({ period: "year" }, tenant.timeZone, now);
  const [indicators, tasks] = await Promise.all([
    loadIndicators(tenant, period, now),
    listTasks(tenant, { kind: "mine", userId }, now),
  ]);
  const t = indicatorTranslator(locale);
  const datasets = buildDatasets(
    { ind: indicators, demography: null },
    { t, base: `/${tenant.slug}/admin`, locale },
  ).filter((d) => d.key === "funnel" || d.key === "arrivals");
  return { indicators, tasks, datasets, t };
}
