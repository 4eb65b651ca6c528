// The pages of issue 11, each with the person it is measured as.
import { gzipSync } from "node:zlib";

import type { PageGroup } from "./types";

export const BIG_TENANT = "bench-001";

export type Visitor = "anonymous" | "staff" | "member";

export type PageSpec = { id: string; label: string; path: string; group: PageGroup; visitor: Visitor };

export function benchPages(fixture: { requestId: string; token: string }): PageSpec[] {
  const t = `/${BIG_TENANT}`;
  return [
    { id: "home", label: "home `/`", path: "/", group: "public", visitor: "anonymous" },
    { id: "tenant", label: "CPTS page `/{tenant}`", path: t, group: "public", visitor: "anonymous" },
    {
      id: "intake",
      label: "intake form `/{tenant}/installation`",
      path: `${t}/installation`,
      group: "public",
      visitor: "anonymous",
    },
    { id: "login", label: "`/login`", path: "/login", group: "public", visitor: "anonymous" },
    {
      id: "shell-public",
      label: "our shell: root layout and header, one heading",
      path: "/bench-shell",
      group: "shell",
      visitor: "anonymous",
    },
    {
      id: "shell-staff",
      label: "our shell: session, guard, staff layout, one heading",
      path: `${t}/admin/bench-shell`,
      group: "shell",
      visitor: "staff",
    },
    {
      id: "tracking",
      label: "tracking page `/{tenant}/track/{token}`",
      path: `${t}/track/${fixture.token}`,
      group: "tracking",
      visitor: "anonymous",
    },
    { id: "staff-list", label: "staff requests list", path: `${t}/admin/requests`, group: "staff", visitor: "staff" },
    {
      id: "staff-board",
      label: "staff requests board",
      path: `${t}/admin/requests?view=board`,
      group: "staff",
      visitor: "staff",
    },
    {
      id: "staff-request",
      label: "staff request page",
      path: `${t}/admin/requests/${fixture.requestId}`,
      group: "staff",
      visitor: "staff",
    },
    { id: "staff-members", label: "staff members list", path: `${t}/admin/members`, group: "staff", visitor: "staff" },
    { id: "staff-dashboard", label: "staff dashboard", path: `${t}/admin`, group: "staff", visitor: "staff" },
    {
      id: "portal-offers",
      label: "portal offers (member)",
      path: `${t}/portal/offers`,
      group: "portal",
      visitor: "member",
    },
    {
      id: "portal-events",
      label: "portal events (member)",
      path: `${t}/portal/events`,
      group: "portal",
      visitor: "member",
    },
  ];
}

/**
 * The `<script src>` files of a page (what a first visit downloads before it is interactive). `noModule`
 * scripts (Next's legacy polyfills, 39 KB gzip) are left out: browsers that run modules never download them.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1];
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (!src || /\bnomodule\b/i.test(attributes)) continue;
    sources.add(src.replaceAll("&amp;", "&"));
  }
  return [...sources];
}

const gzipCache = new Map<string, number>();

/** Sum of the page's scripts, each gzipped as a server would send it. */
export async function firstLoadJsGzip(baseUrl: string, html: string): Promise<number> {
  let total = 0;
  for (const src of scriptSources(html)) {
    const url = new URL(src, baseUrl).href;
    let size = gzipCache.get(url);
    if (size === undefined) {
      const response = await fetch(url);
      size = response.ok ? gzipSync(Buffer.from(await response.arrayBuffer())).length : 0;
      gzipCache.set(url, size);
    }
    total += size;
  }
  return total;
}
