// Pure helpers of the benchmark: percentiles, ratios and formatting.

/** Nearest-rank percentile (p in 0–100) of unsorted samples; NaN when there are none. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

/** a / b, or null when b is not a positive number. */
export function ratio(a: number, b: number | undefined): number | null {
  return b && b > 0 && Number.isFinite(a) ? a / b : null;
}

export function formatInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function formatShare(r: number | null): string {
  if (r === null) return "—";
  const pct = r * 100;
  return `${pct < 10 ? pct.toFixed(1) : Math.round(pct)} %`;
}

export function formatKb(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
}

export function formatMs(ms: number): string {
  return `${formatInt(ms)} ms`;
}

/** Counts the statements of a PostgreSQL log excerpt (log_statement = all), leaving out the lines matching `skip`. */
export function countLoggedStatements(log: string, skip: string): number {
  let count = 0;
  for (const line of log.split("\n")) {
    if (line.includes(skip)) continue;
    // Simple protocol: "LOG:  statement: …"; extended protocol: "LOG:  execute <unnamed>: …" (or a named one).
    if (/LOG:\s+(statement|execute [^:]*):/.test(line)) count++;
  }
  return count;
}
