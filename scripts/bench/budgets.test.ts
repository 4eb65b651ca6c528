import { describe, expect, it } from "vitest";

import { checkBudgets } from "./budgets";
import type { BenchResults, Load, PageResult } from "./types";

const load = (rps: number, p99 = 100): Load => ({ rps, p50: 50, p99, errors: 0, non2xx: 0, requests: rps * 10 });

function page(id: string, group: PageResult["group"], rps: number, extra: Partial<PageResult> = {}): PageResult {
  return {
    id,
    label: id,
    path: `/${id}`,
    group,
    status: 200,
    htmlBytes: 10_000,
    firstLoadJsGzip: 90_000,
    sqlPerRequest: 3,
    l1: load(4000),
    load: load(rps),
    ...extra,
  };
}

function results(pages: PageResult[]): BenchResults {
  return {
    version: 1,
    date: "2026-11-25T20:00:00.000Z",
    quick: true,
    machine: { cpus: 2, cpuModel: "test", memoryGb: 8, node: "20", loadAverage: [0, 0, 0] },
    settings: { connections: 20, seconds: 3, l1Seconds: 1, tenants: 5 },
    next: "16.4.6",
    rungs: [
      { id: "reference-static", kind: "reference", label: "static", bytes: 5000, load: load(2000) },
      { id: "reference-dynamic", kind: "reference", label: "dynamic", bytes: 22000, load: load(300) },
    ],
    pages,
    firstRequest: { path: "/x", firstMs: 120, followingMedianMs: 100 },
    growth: null,
  };
}

const verdictOf = (lines: ReturnType<typeof checkBudgets>, budget: string, subject: string) =>
  lines.find((l) => l.budget.startsWith(budget) && l.subject === subject)?.verdict;

describe("checkBudgets", () => {
  it("compares public pages with the prerendered reference, their HTML and their scripts", () => {
    const lines = checkBudgets(
      results([
        page("home", "public", 1700),
        page("intake", "public", 100, { firstLoadJsGzip: 120 * 1024, htmlBytes: 30_000 }),
      ]),
    );
    expect(verdictOf(lines, "public: ≥ 80 %", "home")).toBe("pass");
    expect(verdictOf(lines, "public: ≥ 80 %", "intake")).toBe("fail");
    expect(verdictOf(lines, "public: HTML", "intake")).toBe("fail");
    // The intake form has 130 KB of scripts, the others 100 KB.
    expect(verdictOf(lines, "public: first-load JS ≤ 130", "intake")).toBe("pass");
  });

  it("holds the staff list to 5 statements, 60 % of the dynamic reference and a 200 ms p99", () => {
    const list = page("staff-list", "staff", 200, { sqlPerRequest: 6, load: load(200, 250) });
    const lines = checkBudgets(results([list]));
    expect(verdictOf(lines, "staff list: ≤ 5", "staff-list")).toBe("fail");
    expect(verdictOf(lines, "staff list: ≥ 60 %", "staff-list")).toBe("pass");
    expect(verdictOf(lines, "staff list: p99", "staff-list")).toBe("fail");
    expect(verdictOf(lines, "staff/portal: ≤ 6", "staff-list")).toBe("pass");
  });

  it("skips what the run did not measure, and checks the first request", () => {
    const lines = checkBudgets(results([page("portal-events", "portal", 100, { sqlPerRequest: null })]));
    expect(verdictOf(lines, "staff/portal: ≤ 6", "portal-events")).toBe("skip");
    expect(verdictOf(lines, "staff/portal: ≥ 50 %", "portal-events")).toBe("fail");
    expect(lines.find((l) => l.budget.startsWith("growth"))?.verdict).toBe("skip");
    expect(lines.find((l) => l.budget.startsWith("first request"))?.verdict).toBe("pass");
  });

  it("checks growth and each page's Lighthouse scores when the run has them", () => {
    const run = results([]);
    run.growth = { smallRequests: 1000, largeRequests: 50000, smallP50: 40, largeP50: 60 };
    const metrics = { fcpMs: 900, lcpMs: 1200, speedIndexMs: 1000, tbtMs: 50, cls: 0 };
    const base = { path: "/", metrics, scriptTransferBytes: 1, totalTransferBytes: 2 };
    run.lighthouse = [
      { ...base, id: "home", label: "home", performance: 97, accessibility: 100 },
      { ...base, id: "login", label: "login", performance: 80, accessibility: 96 },
    ];
    const lines = checkBudgets(run);
    expect(lines.find((l) => l.budget.startsWith("growth"))?.verdict).toBe("fail");
    expect(verdictOf(lines, "Lighthouse (mobile): performance", "home")).toBe("pass");
    expect(verdictOf(lines, "Lighthouse (mobile): accessibility", "home")).toBe("pass");
    expect(verdictOf(lines, "Lighthouse (mobile): performance", "login")).toBe("fail");
    expect(verdictOf(lines, "Lighthouse (mobile): accessibility", "login")).toBe("fail");
    expect(lines.some((l) => l.budget.startsWith("Lighthouse") && l.verdict === "skip")).toBe(false);
  });
});
