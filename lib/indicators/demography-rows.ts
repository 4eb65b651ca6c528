import type { Profession } from "@/lib/generated/prisma/enums";

export type DemographyRaw = {
  commune: string;
  profession: Profession | null;
  arrivals: number;
  prevArrivals: number;
  departures: number;
  prevDepartures: number;
  expected: number;
};

export type Trend = "up" | "down" | "flat";

/** Balances and their trend against the previous period, with totals. */
export function shapeDemography(raw: DemographyRaw[]) {
  const rows = raw.map((r) => {
    const balance = r.arrivals - r.departures;
    const previousBalance = r.prevArrivals - r.prevDepartures;
    const trend: Trend = balance > previousBalance ? "up" : balance < previousBalance ? "down" : "flat";
    return {
      commune: r.commune,
      profession: r.profession,
      arrivals: r.arrivals,
      departures: r.departures,
      balance,
      previousBalance,
      trend,
      expected: r.expected,
    };
  });
  const totals = rows.reduce(
    (sum, r) => ({
      arrivals: sum.arrivals + r.arrivals,
      departures: sum.departures + r.departures,
      balance: sum.balance + r.balance,
      expected: sum.expected + r.expected,
    }),
    { arrivals: 0, departures: 0, balance: 0, expected: 0 },
  );
  return { rows, totals };
}
export type Demography = ReturnType<typeof shapeDemography>;
