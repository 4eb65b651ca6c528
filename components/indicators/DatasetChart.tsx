import { dateTimeFormat } from "@/lib/i18n/format";
import { REFERRAL_OUTCOMES, type Indicators } from "@/lib/indicators/compute";
import type { Dataset } from "@/lib/indicators/datasets";
import type { IndicatorTranslator } from "@/lib/indicators/labels";

import { BarChart } from "./BarChart";
import { ColumnChart } from "./ColumnChart";

function shortMonth(month: string, locale: string) {
  return dateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { month: "short", timeZone: "UTC" }).format(
    new Date(`${month}-01T12:00:00Z`),
  );
}

/** The chart drawn for a dataset, if it has one (lead times, members and the demographic table do not). */
export function DatasetChart({
  dataset,
  ind,
  t,
  locale,
}: {
  dataset: Dataset;
  ind: Indicators;
  t: IndicatorTranslator;
  locale: string;
}) {
  const title = t("indicators.chartTitle", { title: dataset.title });
  switch (dataset.key) {
    case "funnel":
      return (
        <BarChart
          title={title}
          bars={ind.requests.funnel.map((s) => ({
            label: t(`requests.stages.${s.stage}`),
            value: s.reached,
            display: s.conversion === null ? String(s.reached) : `${s.reached} (${s.conversion} %)`,
          }))}
        />
      );
    case "arrivals":
      return (
        <ColumnChart
          title={title}
          columns={ind.arrivals.byMonth.map((m) => ({ label: shortMonth(m.month, locale), value: m.total }))}
        />
      );
    case "needs":
      return (
        <BarChart
          title={title}
          bars={ind.needs.map((n) => ({
            label: t(`requests.needs.${n.type}`),
            value: n.total,
            display: `${n.done} / ${n.total}`,
          }))}
        />
      );
    case "referrals":
      return (
        <BarChart
          title={title}
          bars={REFERRAL_OUTCOMES.map((key) => ({
            label: t(`indicators.referralOutcomes.${key}`),
            value: ind.referrals[key],
          }))}
        />
      );
    case "commitment":
      return (
        <BarChart
          title={title}
          bars={[
            { label: t("indicators.rows.installed"), value: ind.commitment.installed },
            { label: t("indicators.rows.becameMembers"), value: ind.commitment.members },
          ]}
        />
      );
    case "events":
      return (
        <ColumnChart
          title={title}
          columns={ind.events.byMonth.map((m) => ({ label: shortMonth(m.month, locale), value: m.checkedIn }))}
        />
      );
    case "offers":
      return (
        <BarChart
          title={title}
          bars={ind.offers.byOffer.slice(0, 10).map((o) => ({ label: o.title, value: o.claims }))}
        />
      );
    default:
      return null;
  }
}
