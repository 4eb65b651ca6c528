import type { NeedType, NetworkCategory, Profession, RequestStage } from "@/lib/generated/prisma/enums";
import { PIPELINE } from "@/lib/requests/stages";

import type { Period } from "./period";

// Pure shaping of the one-row aggregate the database returns: rates, rounding, months without data.

type Quantiles = { n: number; median: number | null; p90: number | null };

/** Referrals made in the period, by where they stand: each referral is counted in exactly one outcome. */
export const REFERRAL_OUTCOMES = [
  "proposed",
  "declined",
  "contacted",
  "answered",
  "helped",
  "couldNotHelp",
  "noAnswer",
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
type ReferralCounts = Record<ReferralOutcome | "total", number>;

export type IndicatorRaw = {
  byStage: Partial<Record<RequestStage, number>>;
  reached: number[];
  arrivals: { month: string; profession: Profession; n: number }[];
  firstResponseHours: Quantiles;
  installationDays: Quantiles;
  commitment: { installed: number; members: number };
  needs: { type: NeedType; total: number; done: number; notNeeded: number; medianDays: number | null }[];
  members: { active: number; duesPaid: number; joined: number };
  retention: { atStart: number; stayed: number; left: number };
  events: { month: string; events: number; seats: number; checkedIn: number; registrations: number }[];
  offers: { id: string; title: string; partner: string; views: number; claims: number }[];
  offerTotals: { views: number; claims: number };
  referrals: ({ category: NetworkCategory } & ReferralCounts)[];
  today: { openRequests: number; upcomingEvents: number };
};

function referralCounts(row: Partial<ReferralCounts>): ReferralCounts {
  const keys = ["total", ...REFERRAL_OUTCOMES] as const;
  return Object.fromEntries(keys.map((key) => [key, Number(row[key] ?? 0)])) as ReferralCounts;
}

/** A share in percent, one decimal; null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

export function round1(value: number | null | undefined): number | null {
  return value == null ? null : Math.round(value * 10) / 10;
}

export function shapeIndicators(raw: IndicatorRaw, period: Period, now: Date) {
  const funnel = PIPELINE.map((stage, index) => ({
    stage,
    current: Number(raw.byStage[stage] ?? 0),
    reached: Number(raw.reached[index] ?? 0),
    conversion: index === 0 ? null : percent(Number(raw.reached[index]), Number(raw.reached[index - 1])),
  }));
  const created = Number(raw.reached[0] ?? 0);
  const closed = Number(raw.byStage.CLOSED ?? 0);

  const professions = [...new Set(raw.arrivals.map((a) => a.profession))].sort();
  const arrivalsByMonth = period.months.map((month) => {
    const cells = raw.arrivals.filter((a) => a.month === month);
    return {
      month,
      total: cells.reduce((sum, a) => sum + Number(a.n), 0),
      byProfession: Object.fromEntries(cells.map((a) => [a.profession, Number(a.n)])) as Partial<
        Record<Profession, number>
      >,
    };
  });
  const arrivalsByProfession = professions.map((profession) => ({
    profession,
    total: raw.arrivals.filter((a) => a.profession === profession).reduce((sum, a) => sum + Number(a.n), 0),
  }));

  const needs = raw.needs.map((n) => ({
    type: n.type,
    total: Number(n.total),
    done: Number(n.done),
    notNeeded: Number(n.notNeeded),
    resolution: percent(Number(n.done), Number(n.total) - Number(n.notNeeded)),
    medianDays: round1(n.medianDays),
  }));

  const eventsByMonth = period.months.map((month) => {
    const row = raw.events.find((e) => e.month === month);
    return {
      month,
      events: Number(row?.events ?? 0),
      registrations: Number(row?.registrations ?? 0),
      seats: Number(row?.seats ?? 0),
      checkedIn: Number(row?.checkedIn ?? 0),
    };
  });
  const eventTotals = eventsByMonth.reduce(
    (sum, m) => ({
      events: sum.events + m.events,
      registrations: sum.registrations + m.registrations,
      seats: sum.seats + m.seats,
      checkedIn: sum.checkedIn + m.checkedIn,
    }),
    { events: 0, registrations: 0, seats: 0, checkedIn: 0 },
  );

  const referralsByCategory = raw.referrals.map((r) => ({ category: r.category, ...referralCounts(r) }));
  const referralTotals = referralCounts(
    Object.fromEntries(
      (["total", ...REFERRAL_OUTCOMES] as const).map((key) => [
        key,
        referralsByCategory.reduce((sum, r) => sum + r[key], 0),
      ]),
    ),
  );

  const offers = raw.offers.map((o) => ({ ...o, views: Number(o.views), claims: Number(o.claims) }));

  return {
    period,
    computedAt: now,
    requests: { created, closed, funnel },
    arrivals: {
      total: arrivalsByProfession.reduce((sum, p) => sum + p.total, 0),
      byMonth: arrivalsByMonth,
      byProfession: arrivalsByProfession,
      professions,
    },
    times: {
      firstResponseHours: {
        n: Number(raw.firstResponseHours.n),
        median: round1(raw.firstResponseHours.median),
        p90: round1(raw.firstResponseHours.p90),
      },
      installationDays: {
        n: Number(raw.installationDays.n),
        median: round1(raw.installationDays.median),
        p90: round1(raw.installationDays.p90),
      },
    },
    commitment: {
      installed: Number(raw.commitment.installed),
      members: Number(raw.commitment.members),
      rate: percent(Number(raw.commitment.members), Number(raw.commitment.installed)),
    },
    needs,
    members: {
      active: Number(raw.members.active),
      duesPaid: Number(raw.members.duesPaid),
      joined: Number(raw.members.joined),
      duesYear: period.year,
    },
    retention: {
      atStart: Number(raw.retention.atStart),
      stayed: Number(raw.retention.stayed),
      left: Number(raw.retention.left),
      rate: percent(Number(raw.retention.stayed), Number(raw.retention.atStart)),
    },
    events: {
      ...eventTotals,
      attendance: percent(eventTotals.checkedIn, eventTotals.registrations),
      byMonth: eventsByMonth,
    },
    referrals: {
      ...referralTotals,
      helpedRate: percent(
        referralTotals.helped,
        referralTotals.helped + referralTotals.couldNotHelp + referralTotals.noAnswer,
      ),
      byCategory: referralsByCategory,
    },
    today: { openRequests: Number(raw.today.openRequests), upcomingEvents: Number(raw.today.upcomingEvents) },
    offers: {
      views: Number(raw.offerTotals.views),
      claims: Number(raw.offerTotals.claims),
      byOffer: offers,
    },
  };
}

export type Indicators = ReturnType<typeof shapeIndicators>;
