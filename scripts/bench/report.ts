// The markdown table of one run.
import type { BudgetLine } from "./budgets";
import { formatInt, formatKb, formatMs, formatShare, ratio } from "./stats";
import type { BenchResults, LighthouseResult, Load } from "./types";

const HEADER =
  "| page | req/s | p50 | p99 | share of L1 | of L2 | of ref. prerendered | of ref. dynamic | SQL / request | HTML | first-load JS (gzip) |";
const RULE = "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

function loadCells(load: Load): string[] {
  const errors = load.errors + load.non2xx;
  return [
    `${formatInt(load.rps)}${errors ? ` (${formatInt(errors)} errors)` : ""}`,
    formatMs(load.p50),
    formatMs(load.p99),
  ];
}

export function markdownTable(results: BenchResults): string {
  const rps = (id: string) => results.rungs.find((r) => r.id === id)?.load.rps;
  const l2 = rps("l2");
  const refStatic = rps("reference-static");
  const refDynamic = rps("reference-dynamic");
  const rows = [HEADER, RULE];
  for (const rung of results.rungs) {
    rows.push(
      `| ${rung.label} | ${loadCells(rung.load).join(" | ")} | — | — | — | — | ${rung.kind === "l1" ? "—" : 0} | ${formatKb(rung.bytes)} | ${rung.firstLoadJsGzip === undefined ? "—" : formatKb(rung.firstLoadJsGzip)} |`,
    );
  }
  for (const page of results.pages) {
    const status = page.status === 200 ? "" : ` (HTTP ${page.status})`;
    rows.push(
      [
        `| ${page.label}${status}`,
        ...loadCells(page.load),
        formatShare(ratio(page.load.rps, page.l1.rps)),
        formatShare(ratio(page.load.rps, l2)),
        formatShare(ratio(page.load.rps, refStatic)),
        formatShare(ratio(page.load.rps, refDynamic)),
        page.sqlPerRequest === null ? "—" : page.sqlPerRequest.toFixed(page.sqlPerRequest % 1 ? 1 : 0),
        formatKb(page.htmlBytes),
        `${formatKb(page.firstLoadJsGzip)} |`,
      ].join(" | "),
    );
  }
  const m = results.machine;
  const lines = [
    `Run of ${results.date.slice(0, 16).replace("T", " ")} UTC${results.quick ? " (--quick)" : ""}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ` +
      `load average at start ${m.loadAverage.map((l) => l.toFixed(1)).join(" / ")}; Next ${results.next}; ` +
      `${results.settings.connections} connections, ${results.settings.seconds} s per page (L1 of each page: ${results.settings.l1Seconds} s); ` +
      `${results.settings.tenants} CPTS in the scale seed, pages of bench-001. L1 of a page = that page's HTML sent by node:http from memory.`,
    "",
    ...rows,
  ];
  if (results.firstRequest) {
    const f = results.firstRequest;
    lines.push(
      "",
      `First staff list request after a bulk load (new CPTS of 5,000 requests, analysed): ${formatMs(f.firstMs)} (the following ones: median ${formatMs(f.followingMedianMs)}).`,
    );
  }
  if (results.growth) {
    const g = results.growth;
    lines.push(
      `Growth: staff list p50 ${formatMs(g.smallP50)} with ${formatInt(g.smallRequests)} requests, ${formatMs(g.largeP50)} with ${formatInt(g.largeRequests)} (× ${(g.largeP50 / g.smallP50).toFixed(2)}).`,
    );
  }
  if (results.lighthouse?.length) lines.push("", lighthouseTable(results.lighthouse));
  return lines.join("\n");
}

function lighthouseTable(runs: LighthouseResult[]): string {
  const ms = (v: number | null) => (v === null ? "—" : formatMs(v));
  const kb = (v: number | null) => (v === null ? "—" : formatKb(v));
  const rows = [
    "Lighthouse (mobile preset: emulated phone, simulated slow 4G, 4× CPU slowdown; local Chromium):",
    "",
    "| page | performance | accessibility | FCP | LCP | Speed Index | TBT | CLS | scripts transferred | all transferred |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const run of runs) {
    const m = run.metrics;
    rows.push(
      `| ${run.label}${run.error ? ` (${run.error})` : ""} | ${run.performance ?? "—"} | ${run.accessibility ?? "—"} | ${ms(m.fcpMs)} | ${ms(m.lcpMs)} | ${ms(m.speedIndexMs)} | ${ms(m.tbtMs)} | ${m.cls === null ? "—" : m.cls.toFixed(3)} | ${kb(run.scriptTransferBytes)} | ${kb(run.totalTransferBytes)} |`,
    );
  }
  return rows.join("\n");
}

export function budgetTable(lines: BudgetLine[]): string {
  const rows = ["| budget | page | measured | verdict |", "|---|---|---|---|"];
  for (const line of lines)
    rows.push(`| ${line.budget} | ${line.subject} | ${line.measured} | ${line.verdict.toUpperCase()} |`);
  return rows.join("\n");
}
