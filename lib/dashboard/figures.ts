import { numberFormat } from "@/lib/i18n/format";
import type { Indicators } from "@/lib/indicators/compute";
import { dayRange } from "@/lib/indicators/datasets";
import type { IndicatorTranslator } from "@/lib/indicators/labels";

export type KeyFigure = { key: string; label: string; value: string; href: string };

/** The headline figures of a period, each with the list it counts. */
export function keyFigures(
  ind: Indicators,
  { t, base, locale }: { t: IndicatorTranslator; base: string; locale: string },
): KeyFigure[] {
  const number = numberFormat(locale === "en" ? "en-GB" : "fr-FR");
  const none = t("indicators.units.none");
  const unit = (key: "hours" | "days" | "percent", value: number | null) =>
    value === null ? none : t(`indicators.units.${key}`, { value: number.format(value) });
  const range = dayRange(ind.period);
  return [
    {
      key: "created",
      label: t("indicators.figures.created"),
      value: number.format(ind.requests.created),
      href: `${base}/requests?created=${range}`,
    },
    {
      key: "installed",
      label: t("indicators.figures.installed"),
      value: number.format(ind.arrivals.total),
      href: `${base}/requests?installed=${range}`,
    },
    {
      key: "firstResponse",
      label: t("indicators.figures.firstResponseMedian"),
      value: unit("hours", ind.times.firstResponseHours.median),
      href: `${base}/requests?created=${range}`,
    },
    {
      key: "installation",
      label: t("indicators.figures.installationMedian"),
      value: unit("days", ind.times.installationDays.median),
      href: `${base}/requests?installed=${range}`,
    },
    {
      key: "commitment",
      label: t("indicators.figures.commitmentRate"),
      value: unit("percent", ind.commitment.rate),
      href: `${base}/requests?installed=${range}&stage=MEMBER`,
    },
    {
      key: "referralsHelped",
      label: t("indicators.figures.referralsHelped"),
      value: unit("percent", ind.referrals.helpedRate),
      href: `${base}/network`,
    },
    {
      key: "activeMembers",
      label: t("indicators.figures.activeMembers"),
      value: number.format(ind.members.active),
      href: `${base}/members?role=MEMBER`,
    },
    {
      key: "duesPaid",
      label: t("indicators.figures.duesPaid", { year: ind.members.duesYear }),
      value: number.format(ind.members.duesPaid),
      href: `${base}/members?duesYear=${ind.members.duesYear}&dues=paid`,
    },
    {
      key: "attendance",
      label: t("indicators.figures.attendance"),
      value: unit("percent", ind.events.attendance),
      href: `${base}/events`,
    },
    {
      key: "offerClaims",
      label: t("indicators.figures.offerClaims"),
      value: number.format(ind.offers.claims),
      href: `${base}/partners`,
    },
  ];
}
