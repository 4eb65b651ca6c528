// Lighthouse on the public pages (issue 11): the `lighthouse` npm package driving the machine's Chromium
// (CHROME_PATH, /usr/bin/chromium by default; nothing is downloaded). Mobile preset, Lighthouse's defaults:
// an emulated phone, simulated slow 4G and a 4× CPU slowdown. Scores depend on the machine's load.
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

import type { LighthouseResult } from "./types";

export type LighthousePage = { id: string; label: string; path: string };

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

type Audit = { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } };

function numeric(audits: Record<string, Audit>, id: string): number | null {
  const value = audits[id]?.numericValue;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function score(value: number | null | undefined): number | null {
  return typeof value === "number" ? Math.round(value * 100) : null;
}

async function audit(url: string, port: number) {
  const run = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
  });
  if (!run?.lhr) throw new Error("Lighthouse returned no report");
  return run.lhr;
}

/** One Chromium for all pages, one Lighthouse run per page (a failed page is recorded, not thrown). */
export async function runLighthouse(baseUrl: string, pages: LighthousePage[]): Promise<LighthouseResult[]> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const empty: LighthouseResult = {
        ...page,
        performance: null,
        accessibility: null,
        metrics: { fcpMs: null, lcpMs: null, speedIndexMs: null, tbtMs: null, cls: null },
        scriptTransferBytes: null,
        totalTransferBytes: null,
      };
      try {
        // One retry: on a loaded machine the first page of a fresh Chromium may paint too late (NO_FCP).
        let lhr = await audit(baseUrl + page.path, chrome.port);
        if (lhr.runtimeError) lhr = await audit(baseUrl + page.path, chrome.port);
        const audits = lhr.audits as unknown as Record<string, Audit>;
        const summary = audits["resource-summary"]?.details?.items ?? [];
        const transfer = (type: string) => summary.find((item) => item.resourceType === type)?.transferSize ?? null;
        results.push({
          ...empty,
          performance: score(lhr.categories.performance?.score),
          accessibility: score(lhr.categories.accessibility?.score),
          metrics: {
            fcpMs: numeric(audits, "first-contentful-paint"),
            lcpMs: numeric(audits, "largest-contentful-paint"),
            speedIndexMs: numeric(audits, "speed-index"),
            tbtMs: numeric(audits, "total-blocking-time"),
            cls: numeric(audits, "cumulative-layout-shift"),
          },
          scriptTransferBytes: transfer("script"),
          totalTransferBytes: transfer("total"),
          ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
        });
      } catch (error) {
        results.push({ ...empty, error: error instanceof Error ? error.message : String(error) });
      }
      const last = results[results.length - 1];
      console.log(
        `  ${page.id.padEnd(16)} performance ${last.performance ?? "—"}  accessibility ${last.accessibility ?? "—"}${last.error ? `  (${last.error})` : ""}`,
      );
    }
  } finally {
    chrome.kill();
  }
  return results;
}
