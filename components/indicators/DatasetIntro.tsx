import type { DatasetKey } from "@/lib/indicators/datasets";
import type { IndicatorTranslator } from "@/lib/indicators/labels";

const INTROS: Partial<Record<DatasetKey, "indicators.demographyIntro" | "indicators.referralsIntro">> = {
  demography: "indicators.demographyIntro",
  referrals: "indicators.referralsIntro",
};

/** What a table counts, when its title alone does not say it. */
export function DatasetIntro({ datasetKey, t }: { datasetKey: DatasetKey; t: IndicatorTranslator }) {
  const key = INTROS[datasetKey];
  return key ? <p className="text-slate-800">{t(key)}</p> : null;
}
