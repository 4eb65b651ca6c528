import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { ZEmailsQuery } from "@/lib/mail/list-query";
import { listTenantEmails } from "@/lib/mail/queries";
import { searchDirectory } from "@/lib/members/directory";
import { listMembers } from "@/lib/members/queries";
import { ZDirectoryQuery, ZMemberFilters } from "@/lib/members/schemas";
import { ZOffersQuery } from "@/lib/offers/schemas";
import { listVisibleOffers } from "@/lib/offers/service";
import { ZRequestFilters } from "@/lib/requests/filters";
import { listBoard, listRequests } from "@/lib/requests/queries";
import { arbitraryQuery } from "@/tests/property/query-arbitrary";

import { createTestTenant, type TestTenant } from "./support/factories";

// Every staff or member list page: its query string parser, then its database query, as the page
// runs them. A database round trip per case: 60 random query strings per list (the pure parsing
// gets 1,000 in lib/forms/query.test.ts), plus the cases that used to answer 500.
let t: TestTenant;
beforeAll(async () => {
  t = await createTestTenant("lists");
});

const RUNS = 60;

const LISTS: [string, (query: Record<string, string | string[] | undefined>) => Promise<unknown>, string[]][] = [
  [
    "requests",
    async (q) => {
      const f = ZRequestFilters.parse(q);
      await listRequests({ tenantId: t.tenant.id, userId: t.staff.id }, f);
      await listBoard({ tenantId: t.tenant.id, userId: t.staff.id }, f);
    },
    Object.keys(ZRequestFilters.shape),
  ],
  ["members", (q) => listMembers(t.tenant.id, ZMemberFilters.parse(q)), Object.keys(ZMemberFilters.shape)],
  ["directory", (q) => searchDirectory(t.tenant.id, ZDirectoryQuery.parse(q)), Object.keys(ZDirectoryQuery.shape)],
  ["offers", (q) => listVisibleOffers(t.tenant, "MEMBER", ZOffersQuery.parse(q)), Object.keys(ZOffersQuery.shape)],
  ["emails", (q) => listTenantEmails(t.tenant.id, ZEmailsQuery.parse(q)), Object.keys(ZEmailsQuery.shape)],
];

describe("list pages never fail on a bad query string", () => {
  it.each([
    { arrival: "2026-13" },
    { arrival: "2026-00", sort: "arrival" },
    { q: "\u0000" },
    { q: "a\u0000b", page: "99999999" },
    { assignee: "' OR 1=1 --" },
  ])("requests with %j", async (query) => {
    await expect(LISTS[0][1](query)).resolves.toBeUndefined();
  });

  it.each([{ q: "\u0000" }, { q: "x", place: "\u0000", duesYear: "1e9", dues: "paid" }])(
    "members and directory with %j",
    async (query) => {
      await expect(LISTS[1][1](query)).resolves.toBeDefined();
      await expect(LISTS[2][1](query)).resolves.toBeDefined();
    },
  );

  it.each(LISTS)(`%s: ${RUNS} random query strings, parsed and queried`, async (_name, run, keys) => {
    await fc.assert(
      fc.asyncProperty(arbitraryQuery(keys), async (query) => {
        await run(query);
      }),
      { numRuns: RUNS },
    );
  });
});
