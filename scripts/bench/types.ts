// The shape of bench-results/latest.json, shared by the runner, the report and `bench:check`.

/** One load measurement: `connections` clients hammering one URL for `seconds`. */
export type Load = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };

export type RungKind = "l1" | "l2" | "reference";

export type Rung = {
  id: string;
  kind: RungKind;
  label: string;
  bytes: number;
  load: Load;
  /** Reference pages: the framework's own first-load JavaScript (gzip), what any Next page starts from. */
  firstLoadJsGzip?: number;
};

/** "shell": our layouts around a heading (no budget: what every public or staff page starts from). */
export type PageGroup = "public" | "tracking" | "staff" | "portal" | "shell";

export type PageResult = {
  id: string;
  label: string;
  path: string;
  group: PageGroup;
  status: number;
  htmlBytes: number;
  /** Sum of the page's own `<script src>` files, each gzipped (what a first visit downloads). */
  firstLoadJsGzip: number;
  /** Statements PostgreSQL logged per request, over a few sequential requests. */
  sqlPerRequest: number | null;
  /** The same page's HTML served from memory by node:http. */
  l1: Load;
  load: Load;
};

export type FirstRequest = { path: string; firstMs: number; followingMedianMs: number };

export type Growth = { smallRequests: number; largeRequests: number; smallP50: number; largeP50: number };

/** Lighthouse (mobile preset: emulated phone, simulated slow 4G and 4× CPU slowdown) on one public page. */
export type LighthouseResult = {
  id: string;
  label: string;
  path: string;
  /** Scores 0–100, null when Lighthouse could not compute them. */
  performance: number | null;
  accessibility: number | null;
  /** First/Largest Contentful Paint, Speed Index, Total Blocking Time (ms) and Cumulative Layout Shift. */
  metrics: {
    fcpMs: number | null;
    lcpMs: number | null;
    speedIndexMs: number | null;
    tbtMs: number | null;
    cls: number | null;
  };
  /** Bytes the page downloaded (transfer size): its scripts, including those loaded after hydration, and all. */
  scriptTransferBytes: number | null;
  totalTransferBytes: number | null;
  error?: string;
};

export type BenchResults = {
  version: 1;
  date: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverage: number[] };
  settings: { connections: number; seconds: number; l1Seconds: number; tenants: number };
  next: string;
  rungs: Rung[];
  pages: PageResult[];
  firstRequest: FirstRequest | null;
  growth: Growth | null;
  /** Full runs only (absent from older result files). */
  lighthouse?: LighthouseResult[] | null;
};
