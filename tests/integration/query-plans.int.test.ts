import { randomUUID } from "node:crypto";

import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { listMembers, MEMBERS_PAGE_SIZE } from "@/lib/members/queries";

import { createTestTenant, type TestTenant } from "./support/factories";

// Issue 11: a page of a list reads its page of rows, not the whole tenant. The statement counts of
// page-statements.int.test.ts cannot see this: a single statement can still visit every row. Here the
// statement a loader sends is captured at the driver and run again under EXPLAIN ANALYZE on a tenant big
// enough for the planner to care (2,000 members; the bench tenant has 5,000).

type Captured = { text: string; values: unknown[] };
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  Plans?: PlanNode[];
};

/** The statements `work` sends, with their parameters. */
async function captureStatements(work: () => Promise<unknown>): Promise<Captured[]> {
  const proto = pg.Client.prototype as unknown as { query: Query };
  const original = proto.query;
  const captured: Captured[] = [];
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [unknown, unknown];
    if (config && typeof config === "object" && "text" in config) {
      const c = config as { text: string; values?: unknown[] };
      captured.push({ text: c.text, values: c.values ?? [] });
    } else if (typeof config === "string") {
      captured.push({ text: config, values: Array.isArray(values) ? values : [] });
    }
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return captured;
}

async function plan(statement: Captured): Promise<PlanNode> {
  const [row] = await db.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
    ...statement.values,
  );
  return row["QUERY PLAN"][0].Plan;
}

/** Rows a plan takes out of a table, over all the loops of every node that scans it. */
function rowsReadFrom(node: PlanNode, table: string): number {
  const own = node["Relation Name"] === table ? node["Actual Rows"] * node["Actual Loops"] : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsReadFrom(child, table), 0);
}

let t: TestTenant;
const MEMBERS = 2_000;

beforeAll(async () => {
  t = await createTestTenant("plans");
  const people = Array.from({ length: MEMBERS }, (_, i) => ({
    id: randomUUID(),
    email: `plan-${i}-${randomUUID().slice(0, 6)}@exemple.test`,
    name: `Membre ${i}`,
  }));
  await db.user.createMany({ data: people });
  await db.membership.createMany({
    data: people.map((p, i) => ({
      tenantId: t.tenant.id,
      userId: p.id,
      role: i < 3 ? ("STAFF" as const) : ("MEMBER" as const),
      status: i % 10 === 0 ? ("REMOVED" as const) : ("ACTIVE" as const),
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
    })),
  });
  await db.$executeRawUnsafe(`ANALYZE "Membership"`);
  await db.$executeRawUnsafe(`ANALYZE "User"`);
}, 60_000);

describe("members list", () => {
  it("reads its page of members in order from the index, with their accounts and dues for that page only", async () => {
    const statements = await captureStatements(() => listMembers(t.tenant.id, { page: 2, q: "" }));
    const page = statements.find((s) => s.text.includes("LIMIT") && s.text.includes('"Membership"'));
    expect(page, "the page's statement").toBeDefined();
    const root = await plan(page!);
    // The page itself: the 25 rows after the first 25, in order (role, then arrival).
    expect(rowsReadFrom(root, "Membership")).toBeLessThanOrEqual(2 * MEMBERS_PAGE_SIZE);
    expect(rowsReadFrom(root, "User")).toBeLessThanOrEqual(2 * MEMBERS_PAGE_SIZE);
    expect(rowsReadFrom(root, "DuesPayment")).toBeLessThanOrEqual(2 * MEMBERS_PAGE_SIZE);

    const { rows, total } = await listMembers(t.tenant.id, { page: 2, q: "" });
    // Ours, active (one in ten removed), and the coordinator, staff and member of the test tenant.
    expect(total).toBe(MEMBERS - MEMBERS / 10 + 3);
    expect(rows).toHaveLength(MEMBERS_PAGE_SIZE);
    // Coordinator and staff first (page 1), then members by arrival.
    expect(rows.every((r) => r.role === "MEMBER")).toBe(true);
    const arrivals = rows.map((r) => r.createdAt.getTime());
    expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b));
  });
});
