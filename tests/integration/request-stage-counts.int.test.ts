import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";

import { db } from "@/lib/db";
import { writeBackup } from "@/lib/db/backup";
import { APP_ROLE } from "@/lib/db/embedded";
import { restoreBackup } from "@/lib/db/restore";
import { requireDatabaseUrl } from "@/lib/env";
import { RequestStage } from "@/lib/generated/prisma/enums";
import { ZRequestFilters } from "@/lib/requests/filters";
import { submitIntake } from "@/lib/requests/intake";
import { listBoard, listRequests } from "@/lib/requests/queries";

import { seedDemo } from "../../prisma/seed/demo";
import { seedScale } from "../../prisma/seed/scale";
import { actAs } from "./support/act-as";
import { createTestNeed, createTestRequest, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

// The counts per stage that the staff list and board read (RequestStageCount) are kept by triggers on
// "InstallationRequest": whatever writes the requests, they must equal a count of the rows.
const { changeRequestStageAction: changeStage, anonymiseRequestAction: anonymise } =
  await import("@/lib/requests/staff-actions");

type Counts = Partial<Record<RequestStage, number>>;

/** The truth: the tenant's requests counted row by row, anonymised ones left out. */
async function groundTruth(tenantId: string, client: { $queryRaw: typeof db.$queryRaw } = db): Promise<Counts> {
  const rows = await client.$queryRaw<{ stage: RequestStage; n: number }[]>`
    SELECT "stage", count(*)::int AS n FROM "InstallationRequest"
    WHERE "tenantId" = ${tenantId} AND "anonymisedAt" IS NULL GROUP BY "stage"`;
  return Object.fromEntries(rows.map((r) => [r.stage, r.n]));
}

/** What the triggers kept (stages at zero left out, as the list does). */
async function counters(tenantId: string): Promise<Counts> {
  const rows = await db.requestStageCount.findMany({ where: { tenantId, count: { not: 0 } } });
  return Object.fromEntries(rows.map((r) => [r.stage, r.count]));
}

async function expectExact(tenantId: string) {
  const truth = await groundTruth(tenantId);
  expect(await counters(tenantId)).toEqual(truth);
  return truth;
}

const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
const scopeOf = (t: TestTenant) => ({ tenantId: t.tenant.id, userId: t.staff.id });
const filters = (query: Record<string, string> = {}) => ZRequestFilters.parse(query);

async function moveTo(t: TestTenant, requestId: string, to: RequestStage) {
  actAs(t.staff);
  const result = await changeStage(t.tenant.slug, {
    requestId,
    to,
    ...(to === "CLOSED" ? { closingReason: "WITHDRAWN" as const } : {}),
  });
  expect(result).toMatchObject({ ok: true });
}

async function anonymiseAsCoordinator(t: TestTenant, requestId: string) {
  actAs(t.coordinator);
  // The action redirects to the list once done (Next's redirect is an exception).
  await anonymise(t.tenant.slug, { requestId }).catch((error: unknown) => {
    if (!String((error as { digest?: string }).digest ?? error).includes("NEXT_REDIRECT")) throw error;
  });
  expect((await db.installationRequest.findUniqueOrThrow({ where: { id: requestId } })).anonymisedAt).not.toBeNull();
}

let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  a = await createTestTenant("count-a");
  b = await createTestTenant("count-b");
});

describe("the counts per stage kept by triggers", () => {
  it("stay exact through intake, stage changes, anonymisation and deletion, tenant by tenant", async () => {
    const intakeTenant = { ...a.tenant, referencePrefix: "CNT", firstResponseDays: 2 };
    for (let i = 0; i < 3; i++) await submitIntake(intakeTenant, intakeInput(), { ip: `198.51.100.${10 + i}` });
    const made = await Promise.all([
      createTestRequest(a.tenant.id),
      createTestRequest(a.tenant.id, { stage: "IN_PROGRESS" }),
      createTestRequest(a.tenant.id, { stage: "INSTALLED" }),
      createTestRequest(a.tenant.id, { stage: "CLOSED", closingReason: "WITHDRAWN" }),
      createTestRequest(a.tenant.id, { anonymisedAt: new Date() }), // never counted
    ]);
    expect(await expectExact(a.tenant.id)).toEqual({ NEW: 4, IN_PROGRESS: 1, INSTALLED: 1, CLOSED: 1 });

    // Another tenant's requests and changes never move this tenant's counts.
    const before = await counters(a.tenant.id);
    const other = await createTestRequest(b.tenant.id);
    await createTestRequest(b.tenant.id, { stage: "QUALIFIED" });
    await moveTo(b, other.id, "QUALIFIED");
    await anonymiseAsCoordinator(b, other.id);
    expect(await counters(a.tenant.id)).toEqual(before);
    expect(await expectExact(b.tenant.id)).toEqual({ QUALIFIED: 1 });

    // Stage changes through the staff's action, forward, back, closed and reopened.
    const [first, inProgress, installed, closed] = made;
    await moveTo(a, first!.id, "QUALIFIED");
    await moveTo(a, first!.id, "IN_PROGRESS");
    await moveTo(a, inProgress!.id, "QUALIFIED");
    await moveTo(a, installed!.id, "MEMBER");
    await moveTo(a, closed!.id, "NEW");
    await moveTo(a, first!.id, "CLOSED");
    expect(await expectExact(a.tenant.id)).toEqual({ NEW: 4, QUALIFIED: 1, MEMBER: 1, CLOSED: 1 });

    // A stage change refused by the rules (skipping stages) changes nothing.
    actAs(a.staff);
    expect(await changeStage(a.tenant.slug, { requestId: closed!.id, to: "INSTALLED" })).toMatchObject({ ok: false });
    // Writes that do not touch the stage leave the counts alone.
    await db.installationRequest.updateMany({ where: { tenantId: a.tenant.id }, data: { priority: true } });
    expect(await expectExact(a.tenant.id)).toEqual({ NEW: 4, QUALIFIED: 1, MEMBER: 1, CLOSED: 1 });

    // Anonymisation (the coordinator's action) takes the request out of the counts.
    await anonymiseAsCoordinator(a, inProgress!.id);
    expect(await expectExact(a.tenant.id)).toEqual({ NEW: 4, MEMBER: 1, CLOSED: 1 });

    // Deleting requests (one, then several at once, anonymised or not).
    await db.installationRequest.delete({ where: { id: closed!.id } });
    expect(await expectExact(a.tenant.id)).toEqual({ NEW: 3, MEMBER: 1, CLOSED: 1 });
    await db.installationRequest.deleteMany({
      where: { tenantId: a.tenant.id, OR: [{ stage: "CLOSED" }, { anonymisedAt: { not: null } }] },
    });
    expect(await expectExact(a.tenant.id)).toEqual({ NEW: 3, MEMBER: 1 });
    expect(await expectExact(b.tenant.id)).toEqual({ QUALIFIED: 1 });
  });

  it("go with their tenant when it is deleted, and leave the other tenants' alone", async () => {
    const gone = await createTestTenant("count-gone");
    await createTestRequest(gone.tenant.id);
    await createTestRequest(gone.tenant.id, { stage: "QUALIFIED" });
    const kept = await counters(b.tenant.id);
    expect(await expectExact(gone.tenant.id)).toEqual({ NEW: 1, QUALIFIED: 1 });
    await db.tenant.delete({ where: { id: gone.tenant.id } });
    expect(await db.requestStageCount.count({ where: { tenantId: gone.tenant.id } })).toBe(0);
    expect(await counters(b.tenant.id)).toEqual(kept);
  });

  it("let staff move requests between two stages in opposite directions at once (no deadlock)", async () => {
    const t = await createTestTenant("count-race");
    const fresh = await Promise.all(Array.from({ length: 8 }, () => createTestRequest(t.tenant.id)));
    const qualified = await Promise.all(
      Array.from({ length: 8 }, () => createTestRequest(t.tenant.id, { stage: "QUALIFIED" })),
    );
    actAs(t.staff);
    const results = await Promise.all([
      ...fresh.map((r) => changeStage(t.tenant.slug, { requestId: r.id, to: "QUALIFIED" })),
      ...qualified.map((r) => changeStage(t.tenant.slug, { requestId: r.id, to: "NEW" })),
    ]);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(await expectExact(t.tenant.id)).toEqual({ NEW: 8, QUALIFIED: 8 });
  });

  it("are written by the triggers under the app's own database role", async () => {
    const t = await createTestTenant("count-role");
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL ROLE "${APP_ROLE}"`);
      await tx.$executeRaw`
        INSERT INTO "InstallationRequest" ("id", "tenantId", "reference", "firstName", "lastName", "email", "phone",
          "profession", "practiceMode", "currentCity", "currentCountry", "practiceArea", "household", "message",
          "consentAt", "commitmentAcceptedAt", "trackingTokenHash", "idempotencyKey", "submitterIpHash", "updatedAt")
        VALUES (${randomUUID()}, ${t.tenant.id}, 'ROLE-1', 'Camille', 'Martin', 'role@exemple.test', '0600000000',
          'SAGE_FEMME', 'LIBERAL', 'Lyon', 'France', 'Secteur', '{}'::jsonb, '', now(), now(), ${randomUUID()},
          ${randomUUID()}, 'role', now())`;
      await tx.$executeRaw`UPDATE "InstallationRequest" SET "stage" = 'QUALIFIED' WHERE "tenantId" = ${t.tenant.id}`;
      expect(await groundTruth(t.tenant.id, tx)).toEqual({ QUALIFIED: 1 });
    });
    expect(await expectExact(t.tenant.id)).toEqual({ QUALIFIED: 1 });
  });
});

describe("the staff list and board read them", () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await createTestTenant("count-list");
    // A mixed sequence: requests in several stages, some assigned or with a need, moved, anonymised, deleted.
    const made = [];
    for (const stage of ["NEW", "NEW", "NEW", "QUALIFIED", "IN_PROGRESS", "IN_PROGRESS", "INSTALLED"] as const) {
      made.push(
        await createTestRequest(t.tenant.id, { stage, needs: {}, lastName: stage === "NEW" ? "Durand" : "Martin" }),
      );
    }
    await db.installationRequest.updateMany({
      where: { id: { in: [made[0]!.id, made[4]!.id] } },
      data: { assigneeId: t.staff.id },
    });
    await createTestNeed(t.tenant.id, made[1]!.id, { type: "SCHOOL" });
    await createTestNeed(t.tenant.id, made[4]!.id, { type: "SCHOOL" });
    await moveTo(t, made[2]!.id, "QUALIFIED");
    await moveTo(t, made[6]!.id, "MEMBER");
    await anonymiseAsCoordinator(t, made[5]!.id);
    await db.installationRequest.delete({ where: { id: made[3]!.id } });
    await createTestRequest(b.tenant.id, { stage: "NEW", lastName: "Durand" });
  });

  it("shows tabs and a total equal to a count of the rows", async () => {
    const truth = await expectExact(t.tenant.id);
    expect(truth).toEqual({ NEW: 2, QUALIFIED: 1, IN_PROGRESS: 1, MEMBER: 1 });
    const list = await listRequests(scopeOf(t), filters());
    expect(list.counts).toEqual(truth);
    expect(list.total).toBe(sum(truth));
    expect(list.rows).toHaveLength(sum(truth));
    const qualified = await listRequests(scopeOf(t), filters({ stage: "QUALIFIED" }));
    expect(qualified.total).toBe(1);
    expect(qualified.counts).toEqual(truth);
    expect((await listRequests(scopeOf(t), filters({ stage: "CLOSED" }))).total).toBe(0);

    const board = await listBoard(scopeOf(t), filters({ view: "board" }));
    expect(Object.fromEntries(board.filter((c) => c.count > 0).map((c) => [c.stage, c.count]))).toEqual(truth);
    for (const column of board) expect(column.cards).toHaveLength(column.count);
  });

  it("still counts exactly the rows that match any other filter", async () => {
    const exact = async (query: Record<string, string>) => {
      const list = await listRequests(scopeOf(t), filters(query));
      expect(list.total, JSON.stringify(query)).toBe(list.rows.length);
      return list.total;
    };
    expect(await exact({ q: "durand" })).toBe(3);
    expect(await exact({ q: "durand", stage: "NEW" })).toBe(2);
    expect(await exact({ need: "SCHOOL" })).toBe(2);
    expect(await exact({ assignee: t.staff.id })).toBe(2);
    expect(await exact({ mine: "1" })).toBe(2);
    expect(await exact({ assignee: "none" })).toBe(3);
    expect(await exact({ profession: "INFIRMIER" })).toBe(0);
    const board = await listBoard(scopeOf(t), filters({ view: "board", q: "durand" }));
    expect(board.reduce((n, c) => n + c.count, 0)).toBe(3);
    // The tabs stay the tenant's counts whatever the filter.
    expect((await listRequests(scopeOf(t), filters({ q: "durand" }))).counts).toEqual(await groundTruth(t.tenant.id));
  });
});

describe("after bulk writes", () => {
  it("are exact for the demo's tenants (seeded twice: it replaces its own rows)", async () => {
    await seedDemo(db);
    const summary = await seedDemo(db);
    const tenants = await db.tenant.findMany({ where: { slug: { in: summary.tenants.map((x) => x.slug) } } });
    expect(tenants).toHaveLength(2);
    for (const { id } of tenants) expect(sum(await expectExact(id))).toBeGreaterThan(0);
  });

  it("are exact for every tenant after the scale seed (run twice: its bulk deletes, then its inserts)", async () => {
    const options = {
      tenants: 2,
      bigTenantMembers: 30,
      membersPerTenant: 10,
      bigTenantRequests: 600,
      requestsPerTenant: 150,
      bigTenantEvents: 2,
      registrationsPerEvent: 2,
      bigTenantActors: 5,
      bigTenantReferrals: 5,
      bigTenantAids: 2,
      housingUnits: 2,
      bookingsPerUnit: 1,
    };
    await seedScale(db, options);
    await seedScale(db, options);
    const tenants = await db.tenant.findMany({ select: { id: true } });
    const [all] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "InstallationRequest" WHERE "anonymisedAt" IS NULL`;
    let total = 0;
    for (const { id } of tenants) total += sum(await expectExact(id));
    expect(total).toBe(all!.n);
    expect(total).toBeGreaterThanOrEqual(750);
  });

  it("are emptied with the requests by a TRUNCATE (as a reset by hand would do)", async () => {
    await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`TRUNCATE "InstallationRequest" CASCADE`);
        expect(await tx.requestStageCount.count()).toBe(0);
        throw new Error("rolled back");
      })
      .catch((error: Error) => expect(error.message).toBe("rolled back"));
    expect(await db.requestStageCount.count()).toBeGreaterThan(0);
  });

  it("are rebuilt by a restore (the backup leaves them out: the triggers count the restored requests)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "conciergerie-counts-"));
    try {
      const file = path.join(dir, "counts.ndjson.gz");
      await writeBackup(requireDatabaseUrl(), file);
      const name = `counts_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: inject("pgServerUrl") });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
      await admin.end();
      const url = new URL(inject("pgServerUrl"));
      url.pathname = `/${name}`;
      await restoreBackup(url.toString(), file);
      const target = new pg.Client({ connectionString: url.toString() });
      await target.connect();
      try {
        const read = async (sql: string) =>
          (await target.query<{ row: string }>(`SELECT string_agg(row, '|' ORDER BY row) AS row FROM (${sql}) x`))
            .rows[0]!.row;
        const truth = read(`SELECT concat_ws(',', "tenantId", "stage", count(*)) AS row FROM "InstallationRequest"
          WHERE "anonymisedAt" IS NULL GROUP BY "tenantId", "stage"`);
        const kept = read(`SELECT concat_ws(',', "tenantId", "stage", "count") AS row FROM "RequestStageCount"
          WHERE "count" <> 0`);
        expect(await kept).toBe(await truth);
        expect(await kept).toContain(a.tenant.id);
      } finally {
        await target.end();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
