import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { submitIntake } from "@/lib/requests/intake";
import { listTasks } from "@/lib/tasks/queries";
import { taskScope, ZTasksQuery } from "@/lib/tasks/schemas";

import { createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

let a: TestTenant;
let b: TestTenant;
const tenantOf = (t: TestTenant) => ({ ...t.tenant, firstResponseDays: 2 });

async function request(t: TestTenant, createdAt: Date, assigneeId: string | null) {
  const input = intakeInput();
  await submitIntake({ ...tenantOf(t), referencePrefix: "TSK" }, input, {
    ip: `192.0.2.${Math.floor(Math.random() * 250)}`,
  });
  const row = await db.installationRequest.findFirstOrThrow({
    where: { tenantId: t.tenant.id, email: input.identity.email },
    select: { id: true, needs: { select: { id: true } } },
  });
  await db.installationRequest.update({ where: { id: row.id }, data: { createdAt, assigneeId } });
  return row;
}

// Wednesday 10 June 2026, 10:00 in Paris.
const now = new Date("2026-06-10T08:00:00Z");

beforeAll(async () => {
  a = await createTestTenant("tasks-a");
  b = await createTestTenant("tasks-b");
});

describe("Mes tâches", () => {
  it("lists first responses with their promised day, and needs due within a week, per staff member", async () => {
    // Created Friday 5 June at 9:00 UTC: 2 working days later is Tuesday 9 June, so overdue now.
    const late = await request(a, new Date("2026-06-05T09:00:00Z"), a.staff.id);
    // Created today, nobody's: due Friday 12 June, in everyone's "mine".
    const fresh = await request(a, new Date("2026-06-10T07:00:00Z"), null);
    const [dueNeed, farNeed] = late.needs;
    await db.requestNeed.update({ where: { id: dueNeed.id }, data: { dueDate: new Date("2026-06-12T00:00:00Z") } });
    await db.requestNeed.update({ where: { id: farNeed.id }, data: { dueDate: new Date("2026-07-30T00:00:00Z") } });
    // Another tenant's request with the same shape never shows up.
    const other = await request(b, new Date("2026-06-05T09:00:00Z"), null);

    const mine = await listTasks(tenantOf(a), taskScope("me", a.staff.id), now);
    expect(mine.map((t) => [t.kind, t.requestId, t.due.toISOString().slice(0, 10), t.overdue])).toEqual([
      ["firstResponse", late.id, "2026-06-09", true],
      ["firstResponse", fresh.id, "2026-06-12", false],
      ["need", late.id, "2026-06-12", false],
    ]);
    expect(mine.every((t) => t.href === `/${a.tenant.slug}/admin/requests/${t.requestId}`)).toBe(true);

    // The coordinator's own list: only what nobody owns; the staff member's list seen by someone else.
    const coordinator = await listTasks(tenantOf(a), taskScope("me", a.coordinator.id), now);
    expect(coordinator.map((t) => t.requestId)).toEqual([fresh.id]);
    const staffList = await listTasks(tenantOf(a), taskScope(a.staff.id, a.coordinator.id), now);
    expect(staffList.map((t) => t.kind)).toEqual(["firstResponse", "need"]);
    const all = await listTasks(tenantOf(a), taskScope("all", a.coordinator.id), now);
    expect(all).toHaveLength(3);
    expect(all.some((t) => t.requestId === other.id)).toBe(false);

    // A first response sent, a need done: off the list.
    await db.installationRequest.update({ where: { id: late.id }, data: { firstResponseAt: now } });
    await db.requestNeed.update({ where: { id: dueNeed.id }, data: { status: "DONE" } });
    expect((await listTasks(tenantOf(a), taskScope("all", a.staff.id), now)).map((t) => t.requestId)).toEqual([
      fresh.id,
    ]);
  });

  it("reads the scope from the query string, with a safe default", () => {
    expect(ZTasksQuery.parse({}).who).toBe("me");
    expect(ZTasksQuery.parse({ who: "' OR 1=1" }).who).toBe("me");
    expect(ZTasksQuery.parse({ who: ["a", "b"] }).who).toBe("me");
    expect(taskScope("all", "u1")).toEqual({ kind: "all" });
    expect(taskScope("u1", "u1")).toEqual({ kind: "mine", userId: "u1" });
    expect(taskScope("u2", "u1")).toEqual({ kind: "user", userId: "u2" });
  });
});
