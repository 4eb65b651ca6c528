import { REFERRAL_OUTCOMES, type Indicators } from "./compute";
import type { Demography } from "./demography-rows";
import { monthLabel, type IndicatorTranslator } from "./labels";
import type { Period } from "./period";

// Every table of the indicators, one shape for the page, the CSV, the XLSX and the PDF: a title, column
// headers, rows of values, and for each row the list it counts (a link), if any.

export type Cell = string | number | null;
export type Dataset = { key: DatasetKey; title: string; columns: string[]; rows: Cell[][]; links: (string | null)[] };

export const DATASET_KEYS = [
  "funnel",
  "arrivals",
  "times",
  "needs",
  "referrals",
  "commitment",
  "members",
  "retention",
  "events",
  "offers",
  "demography",
] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

/** "YYYY-MM-DD_YYYY-MM-DD", the request list's day-range filter. */
export function dayRange(period: Pick<Period, "from" | "to">) {
  return `${period.from}_${period.to}`;
}

export function buildDatasets(
  { ind, demography }: { ind: Indicators; demography: Demography | null },
  { t, base, locale }: { t: IndicatorTranslator; base: string; locale: string },
): Dataset[] {
  const range = dayRange(ind.period);
  const requests = `${base}/requests`;
  const profession = (p: string | null) => (p ? t(`requests.professions.${p}` as never) : t("indicators.noProfession"));
  const sets: Dataset[] = [
    {
      key: "funnel",
      title: t("indicators.sections.funnel"),
      columns: [
        t("indicators.columns.stage"),
        t("indicators.columns.current"),
        t("indicators.columns.reached"),
        t("indicators.columns.conversion"),
      ],
      rows: ind.requests.funnel.map((s) => [t(`requests.stages.${s.stage}`), s.current, s.reached, s.conversion]),
      links: ind.requests.funnel.map((s) => `${requests}?stage=${s.stage}&created=${range}`),
    },
    {
      key: "arrivals",
      title: t("indicators.sections.arrivals"),
      columns: [
        t("indicators.columns.month"),
        ...ind.arrivals.professions.map((p) => profession(p)),
        t("indicators.columns.total"),
      ],
      rows: ind.arrivals.byMonth.map((m) => [
        monthLabel(m.month, locale),
        ...ind.arrivals.professions.map((p) => m.byProfession[p] ?? 0),
        m.total,
      ]),
      links: ind.arrivals.byMonth.map((m) => `${requests}?installed=${monthRange(m.month, ind.period)}`),
    },
    {
      key: "times",
      title: t("indicators.sections.times"),
      columns: [
        t("indicators.columns.measure"),
        t("indicators.columns.count"),
        t("indicators.columns.median"),
        t("indicators.columns.p90"),
      ],
      rows: [
        [t("indicators.rows.firstResponseHours"), ...quantiles(ind.times.firstResponseHours)],
        [t("indicators.rows.installationDays"), ...quantiles(ind.times.installationDays)],
      ],
      links: [`${requests}?created=${range}`, `${requests}?installed=${range}`],
    },
    {
      key: "needs",
      title: t("indicators.sections.needs"),
      columns: [
        t("indicators.columns.needType"),
        t("indicators.columns.total"),
        t("indicators.columns.done"),
        t("indicators.columns.notNeeded"),
        t("indicators.columns.resolution"),
        t("indicators.columns.medianDays"),
      ],
      rows: ind.needs.map((n) => [
        t(`requests.needs.${n.type}`),
        n.total,
        n.done,
        n.notNeeded,
        n.resolution,
        n.medianDays,
      ]),
      links: ind.needs.map((n) => `${requests}?need=${n.type}&created=${range}`),
    },
    referralsDataset(ind, { t, base }),
    {
      key: "commitment",
      title: t("indicators.sections.commitment"),
      columns: [t("indicators.columns.figure"), t("indicators.columns.value")],
      rows: [
        [t("indicators.rows.installed"), ind.commitment.installed],
        [t("indicators.rows.becameMembers"), ind.commitment.members],
        [t("indicators.rows.rate"), ind.commitment.rate],
      ],
      links: [`${requests}?installed=${range}`, `${requests}?installed=${range}&stage=MEMBER`, null],
    },
    {
      key: "members",
      title: t("indicators.sections.members"),
      columns: [t("indicators.columns.figure"), t("indicators.columns.value")],
      rows: [
        [t("indicators.rows.active"), ind.members.active],
        [t("indicators.rows.joined"), ind.members.joined],
        [t("indicators.rows.duesPaid", { year: ind.members.duesYear }), ind.members.duesPaid],
      ],
      links: [
        `${base}/members?role=MEMBER`,
        `${base}/members?role=MEMBER`,
        `${base}/members?duesYear=${ind.members.duesYear}&dues=paid`,
      ],
    },
    {
      key: "retention",
      title: t("indicators.sections.retention"),
      columns: [t("indicators.columns.figure"), t("indicators.columns.value")],
      rows: [
        [t("indicators.rows.atStart"), ind.retention.atStart],
        [t("indicators.rows.stayed"), ind.retention.stayed],
        [t("indicators.rows.rate"), ind.retention.rate],
        [t("indicators.rows.left"), ind.retention.left],
      ],
      links: [`${base}/members?role=MEMBER`, `${base}/members?role=MEMBER`, null, `${base}/members?status=SUSPENDED`],
    },
    {
      key: "events",
      title: t("indicators.sections.events"),
      columns: [
        t("indicators.columns.month"),
        t("indicators.columns.events"),
        t("indicators.columns.registrations"),
        t("indicators.columns.seats"),
        t("indicators.columns.checkedIn"),
      ],
      rows: ind.events.byMonth.map((m) => [
        monthLabel(m.month, locale),
        m.events,
        m.registrations,
        m.seats,
        m.checkedIn,
      ]),
      links: ind.events.byMonth.map(() => `${base}/events`),
    },
    {
      key: "offers",
      title: t("indicators.sections.offers"),
      columns: [
        t("indicators.columns.offer"),
        t("indicators.columns.partner"),
        t("indicators.columns.views"),
        t("indicators.columns.claims"),
      ],
      rows: ind.offers.byOffer.map((o) => [o.title, o.partner, o.views, o.claims]),
      links: ind.offers.byOffer.map((o) => `${base}/partners/offers/${o.id}`),
    },
  ];
  if (demography) {
    sets.push({
      key: "demography",
      title: t("indicators.sections.demography"),
      columns: [
        t("indicators.columns.commune"),
        t("indicators.columns.profession"),
        t("indicators.columns.arrivals"),
        t("indicators.columns.departures"),
        t("indicators.columns.balance"),
        t("indicators.columns.previousBalance"),
        t("indicators.columns.trend"),
        t("indicators.columns.expected"),
      ],
      rows: demography.rows.map((r) => [
        r.commune || t("indicators.noCommune"),
        profession(r.profession),
        r.arrivals,
        r.departures,
        r.balance,
        r.previousBalance,
        t(`indicators.trend.${r.trend}`),
        r.expected,
      ]),
      links: demography.rows.map((r) =>
        r.profession ? `${base}/members?profession=${r.profession}` : `${base}/members`,
      ),
    });
  }
  return sets;
}

/** Network referrals made in the period, by actor category and where each one stands (a total row last). */
function referralsDataset(ind: Indicators, { t, base }: { t: IndicatorTranslator; base: string }): Dataset {
  const r = ind.referrals;
  const counts = (row: Record<(typeof REFERRAL_OUTCOMES)[number] | "total", number>) => [
    row.total,
    ...REFERRAL_OUTCOMES.map((key) => row[key]),
  ];
  const rows: Cell[][] = r.byCategory.map((c) => [t(`network.categories.${c.category}`), ...counts(c)]);
  const links: (string | null)[] = r.byCategory.map((c) => `${base}/network?category=${c.category}`);
  if (r.byCategory.length) {
    rows.push([t("indicators.columns.total"), ...counts(r)]);
    links.push(`${base}/network`);
  }
  return {
    key: "referrals",
    title: t("indicators.sections.referrals"),
    columns: [
      t("indicators.columns.actorCategory"),
      t("indicators.columns.referrals"),
      ...REFERRAL_OUTCOMES.map((key) => t(`indicators.referralOutcomes.${key}`)),
    ],
    rows,
    links,
  };
}

function quantiles(q: { n: number; median: number | null; p90: number | null }): Cell[] {
  return [q.n, q.median, q.p90];
}

/** The days of a month that fall inside the period (its first and last months may be partial). */
function monthRange(month: string, period: Pick<Period, "from" | "to">) {
  const [year, m] = month.split("-").map(Number);
  const first = `${month}-01`;
  const last = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  return `${first < period.from ? period.from : first}_${last > period.to ? period.to : last}`;
}
