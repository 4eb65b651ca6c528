// Load generation (autocannon: an HTTP/1.1 load generator in Node, so a fresh clone needs only `npm ci`).
import autocannon from "autocannon";

import type { Load } from "./types";

export type LoadOptions = { connections: number; seconds: number; headers?: Record<string, string> };

export async function measure(url: string, options: LoadOptions): Promise<Load> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    timeout: 30,
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** One request, timed, with its body (sequential probes: SQL counting, sizes, first-request latency). */
export async function fetchTimed(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.text();
  return { status: response.status, body, ms: performance.now() - started };
}
