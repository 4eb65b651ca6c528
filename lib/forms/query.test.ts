import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { ZEmailsQuery } from "@/lib/mail/list-query";
import { ZDirectoryQuery, ZMemberFilters } from "@/lib/members/schemas";
import { ZOffersQuery } from "@/lib/offers/schemas";
import { ZRequestFilters } from "@/lib/requests/filters";
import { arbitraryQuery } from "@/tests/property/query-arbitrary";

const CONTROL = /[\u0000-\u001f\u007f]/;

const LISTS: [string, z.ZodObject][] = [
  ["requests", ZRequestFilters],
  ["members", ZMemberFilters],
  ["directory", ZDirectoryQuery],
  ["offers", ZOffersQuery],
  ["emails", ZEmailsQuery],
];

describe("list pages' query strings", () => {
  it("refuses a month that does not exist (it used to reach the database as an invalid date)", () => {
    expect(ZRequestFilters.parse({ arrival: "2026-13" }).arrival).toBeUndefined();
    expect(ZRequestFilters.parse({ arrival: "2026-00" }).arrival).toBeUndefined();
    expect(ZRequestFilters.parse({ arrival: "2026-12" }).arrival).toBe("2026-12");
  });

  it("drops NUL and control characters from searches (PostgreSQL refuses NUL)", () => {
    expect(ZMemberFilters.parse({ q: "Le\u0000 Goff\n" }).q).toBe("Le Goff");
  });

  // Pure parsing: 1,000 random query strings per list, a few milliseconds each.
  it.each(LISTS)("%s: any query string parses, with usable values (1,000 runs)", (_name, schema) => {
    fc.assert(
      fc.property(arbitraryQuery(Object.keys(schema.shape)), (query) => {
        const parsed = schema.parse(query) as Record<string, unknown>;
        for (const value of Object.values(parsed)) {
          if (typeof value === "string") expect(value).not.toMatch(CONTROL);
          if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
        }
        if (typeof parsed.arrival === "string") {
          expect(Number.isNaN(new Date(`${parsed.arrival}-01T00:00:00Z`).getTime())).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
