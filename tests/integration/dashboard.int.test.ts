import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { dashboardData } from "@/lib/dashboard/home";
import { db } from "@/lib/db";
import { submitIntake } from "@/lib/requests/intake";

import { createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

let a: TestTenant;
let b: TestTenant;

async function requestIn(t: TestTenant, prefix: string) {
  await db.tenant.update({ where: { id: t.tenant.id }, data: { referencePrefix: prefix } });
  const { reference } = await submitIntake(
    { ...t.tenant, referencePrefix: prefix, firstResponseDays: 2 },
    intakeInput({ email: `${randomUUID().slice(0, 8)}@exemple.test` }),
    { ip: randomUUID() },
  );
  return db.installationRequest.findFirstOrThrow({ where: { tenantId: t.tenant.id, reference: reference! } });
}

const eventIn = (t: TestTenant, startsAt: string, status: "DRAFT" | "PUBLISHED" | "CANCELLED" = "PUBLISHED") =>
  db.event.create({
    data: {
      tenantId: t.tenant.id,
      title: "Sortie",
      kind: "OUTING",
      place: "Saint-Laurent-du-Maroni",
      startsAt: new Date(startsAt),
      endsAt: new Date(new Date(startsAt).getTime() + 3_600_000),
      capacity: 10,
      registrationDeadline: new Date(startsAt),
      status,
    },
  });

beforeAll(async () => {
  a = await createTestTenant("dash-a");
  b = await createTestTenant("dash-b");
  await db.tenant.update({ where: { id: a.tenant.id }, data: { timeZone: "America/Cayenne" } });
});

describe("staff dashboard figures", () => {
  it("count one tenant's open requests, dues of the tenant's year and upcoming published events only", async () => {
    const now = new Date("2026-12-31T23:30:00Z"); // already 2027 in Paris, still 2026 in Cayenne
    await requestIn(a, "DSA");
    const closed = await requestIn(a, "DSA");
    await db.installationRequest.update({
      where: { id: closed.id },
      data: { stage: "CLOSED", closingReason: "WITHDRAWN" },
    });
    const member = await requestIn(a, "DSA");
    await db.installationRequest.update({ where: { id: member.id }, data: { stage: "MEMBER" } });
    const anonymised = await requestIn(a, "DSA");
    await db.installationRequest.update({ where: { id: anonymised.id }, data: { anonymisedAt: now } });
    await requestIn(b, "DSB");

    await db.duesPayment.createMany({
      data: [
        { tenantId: a.tenant.id, membershipId: a.member.membershipId, year: 2026 },
        { tenantId: a.tenant.id, membershipId: a.staff.membershipId, year: 2026 },
        { tenantId: a.tenant.id, membershipId: a.coordinator.membershipId, year: 2026 },
        { tenantId: a.tenant.id, membershipId: a.coordinator.membershipId, year: 2027 },
        { tenantId: b.tenant.id, membershipId: b.member.membershipId, year: 2026 },
      ],
    });
    await db.membership.update({ where: { id: a.staff.membershipId }, data: { status: "SUSPENDED" } });

    await eventIn(a, "2027-01-15T22:00:00Z");
    await eventIn(a, "2027-02-15T22:00:00Z", "DRAFT");
    await eventIn(a, "2027-03-15T22:00:00Z", "CANCELLED");
    await eventIn(a, "2026-12-01T22:00:00Z");
    await eventIn(b, "2027-01-15T22:00:00Z");

    const tenantA = await db.tenant.findUniqueOrThrow({ where: { id: a.tenant.id } });
    const home = await dashboardData(tenantA, { userId: a.staff.id, locale: "fr", now });
    expect(home.indicators.period.year).toBe(2026);
    expect(home.indicators.today).toEqual({ openRequests: 1, upcomingEvents: 1 });
    expect(home.indicators.members.duesPaid).toBe(2);
    // The staff member's tasks: the open request nobody follows yet awaits its first response.
    expect(home.tasks.map((task) => task.kind)).toEqual(["firstResponse"]);

    const tenantB = await db.tenant.findUniqueOrThrow({ where: { id: b.tenant.id } });
    const homeB = await dashboardData(tenantB, { userId: b.staff.id, locale: "fr", now });
    expect(homeB.indicators.today).toEqual({ openRequests: 1, upcomingEvents: 1 });
    expect(homeB.tasks.some((task) => task.reference.startsWith("DSA"))).toBe(false);
  });
});
