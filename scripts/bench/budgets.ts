// The budgets of issue 11, as data, and their comparison with one run's results (pure: unit-tested).
import type { BenchResults, PageResult } from "./types";

export type Verdict = "pass" | "fail" | "skip";

export type BudgetLine = { budget: string; subject: string; measured: string; verdict: Verdict };

const KB = 1024;
const PUBLIC_JS_KB = 100;
const INTAKE_JS_KB = 130;

function referenceRps(results: BenchResults, id: "reference-static" | "reference-dynamic"): number | undefined {
  return results.rungs.find((r) => r.id === id)?.load.rps;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

function atLeast(
  budget: string,
  subject: string,
  value: number | null | undefined,
  min: number,
  show: (v: number) => string,
): BudgetLine {
  if (value === null || value === undefined || !Number.isFinite(value))
    return { budget, subject, measured: "not measured", verdict: "skip" };
  return { budget, subject, measured: show(value), verdict: value >= min ? "pass" : "fail" };
}

function atMost(
  budget: string,
  subject: string,
  value: number | null | undefined,
  max: number,
  show: (v: number) => string,
): BudgetLine {
  if (value === null || value === undefined || !Number.isFinite(value))
    return { budget, subject, measured: "not measured", verdict: "skip" };
  return { budget, subject, measured: show(value), verdict: value <= max ? "pass" : "fail" };
}

function share(page: PageResult, reference: number | undefined): number | null {
  return reference && reference > 0 ? page.load.rps / reference : null;
}

/** Every budget of the issue that one run can check, in the order. */
export function checkBudgets(results: BenchResults): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const refStatic = referenceRps(results, "reference-static");
  const refDynamic = referenceRps(results, "reference-dynamic");
  const kb = (v: number) => `${(v / KB).toFixed(1)} KB`;
  const count = (v: number) => v.toFixed(1);
  const ms = (v: number) => `${Math.round(v)} ms`;

  for (const page of results.pages.filter((p) => p.group === "public")) {
    lines.push(
      atLeast("public: ≥ 80 % of the reference prerendered page", page.label, share(page, refStatic), 0.8, pct),
    );
    lines.push(atMost("public: HTML ≤ 20 KB", page.label, page.htmlBytes, 20 * KB, kb));
    const jsKb = page.id === "intake" ? INTAKE_JS_KB : PUBLIC_JS_KB;
    lines.push(atMost(`public: first-load JS ≤ ${jsKb} KB gzip`, page.label, page.firstLoadJsGzip, jsKb * KB, kb));
  }

  const list = results.pages.find((p) => p.id === "staff-list");
  if (list) {
    lines.push(atMost("staff list: ≤ 5 SQL statements", list.label, list.sqlPerRequest, 5, count));
    lines.push(
      atLeast("staff list: ≥ 60 % of the reference dynamic page", list.label, share(list, refDynamic), 0.6, pct),
    );
    lines.push(atMost("staff list: p99 ≤ 200 ms", list.label, list.load.p99, 200, ms));
  }
  const board = results.pages.find((p) => p.id === "staff-board");
  if (board) {
    lines.push(atMost("board: ≤ 6 SQL statements", board.label, board.sqlPerRequest, 6, count));
    lines.push(atMost("board: HTML ≤ 60 KB", board.label, board.htmlBytes, 60 * KB, kb));
  }
  for (const page of results.pages.filter((p) => p.group === "staff" || p.group === "portal")) {
    lines.push(atMost("staff/portal: ≤ 6 SQL statements", page.label, page.sqlPerRequest, 6, count));
    lines.push(
      atLeast("staff/portal: ≥ 50 % of the reference dynamic page", page.label, share(page, refDynamic), 0.5, pct),
    );
  }
  for (const page of results.pages.filter((p) => p.group === "tracking")) {
    lines.push(
      atLeast(
        "per-request anonymous: ≥ 80 % of the reference dynamic page",
        page.label,
        share(page, refDynamic),
        0.8,
        pct,
      ),
    );
  }

  const growth = results.growth;
  lines.push(
    atMost(
      "growth: list p50 at 50,000 requests ≤ 1.3 × p50 at 1,000",
      growth ? `${growth.largeRequests} vs ${growth.smallRequests} requests` : "staff list",
      growth ? growth.largeP50 / growth.smallP50 : null,
      1.3,
      (v) => `× ${v.toFixed(2)} (${Math.round(growth?.largeP50 ?? 0)} ms vs ${Math.round(growth?.smallP50 ?? 0)} ms)`,
    ),
  );
  const first = results.firstRequest;
  lines.push(
    atMost(
      "first request after a bulk seed ≤ 1.5 × the following ones",
      first ? first.path : "staff list",
      first ? first.firstMs / first.followingMedianMs : null,
      1.5,
      (v) =>
        `× ${v.toFixed(2)} (${Math.round(first?.firstMs ?? 0)} ms vs ${Math.round(first?.followingMedianMs ?? 0)} ms)`,
    ),
  );
  if (!results.lighthouse?.length) {
    lines.push({
      budget: "Lighthouse: performance ≥ 95, accessibility 100",
      subject: "public pages",
      measured: "not measured",
      verdict: "skip",
    });
  }
  for (const run of results.lighthouse ?? []) {
    const scoreOf = (v: number) => String(Math.round(v));
    lines.push(atLeast("Lighthouse (mobile): performance ≥ 95", run.label, run.performance, 95, scoreOf));
    lines.push(atLeast("Lighthouse (mobile): accessibility 100", run.label, run.accessibility, 100, scoreOf));
  }
  return lines;
}
