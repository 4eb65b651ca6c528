import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { listTasks } from "@/lib/tasks/queries";

import { seedDemo } from "../../prisma/seed/demo";
import { seedScale } from "../../prisma/seed/scale";

describe("demo seed", () => {
  it("creates two CPTS in their time zones, with each role, and can run twice", async () => {
    await seedDemo(db);
    const summary = await seedDemo(db);
    const tenants = await db.tenant.findMany({
      where: { slug: { in: summary.tenants.map((t) => t.slug) } },
      orderBy: { slug: "asc" },
    });
    expect(tenants.map((t) => [t.slug, t.timeZone])).toEqual([
      ["cpts-ouest-guyane", "America/Cayenne"],
      ["cpts-pays-de-morlaix", "Europe/Paris"],
    ]);
    for (const tenant of tenants) {
      const count = (role: "COORDINATOR" | "STAFF" | "MEMBER") =>
        db.membership.count({ where: { tenantId: tenant.id, role } });
      expect(await count("COORDINATOR")).toBe(1);
      expect(await count("STAFF")).toBe(1);
      expect(await count("MEMBER")).toBeGreaterThanOrEqual(4);
      expect(await db.invitation.count({ where: { tenantId: tenant.id } })).toBe(1);
    }
    expect(await db.user.count({ where: { isPlatformAdmin: true } })).toBe(1);
    for (const tenant of tenants) {
      const stages = await db.installationRequest.groupBy({
        by: ["stage"],
        where: { tenantId: tenant.id },
        _count: { _all: true },
      });
      expect(stages.map((s) => s.stage).sort()).toEqual([
        "CLOSED",
        "INSTALLED",
        "IN_PROGRESS",
        "MEMBER",
        "NEW",
        "QUALIFIED",
      ]);
      expect(await db.installationRequest.count({ where: { tenantId: tenant.id } })).toBeGreaterThanOrEqual(10);
      expect(await db.requestNeed.count({ where: { tenantId: tenant.id } })).toBeGreaterThan(10);
      expect(await db.requestMessage.count({ where: { tenantId: tenant.id } })).toBeGreaterThan(0);
      const categories = await db.partner.groupBy({ by: ["category"], where: { tenantId: tenant.id } });
      expect(categories).toHaveLength(6);
      const soiree = await db.event.findFirstOrThrow({
        where: { tenantId: tenant.id, kind: "SOIREE_SOIGNANTS" },
        include: { registrations: true },
      });
      const seats = soiree.registrations.filter((r) => r.status === "CONFIRMED").reduce((n, r) => n + r.seats, 0);
      expect(seats).toBeLessThanOrEqual(soiree.capacity);
      expect(soiree.registrations.some((r) => r.status === "WAITLISTED")).toBe(true);
      // The territory network (issue 12): about thirty actors, ten aids, referrals in every status.
      expect(await db.networkActor.count({ where: { tenantId: tenant.id } })).toBe(30);
      expect(await db.installationAid.count({ where: { tenantId: tenant.id } })).toBe(10);
      const statuses = await db.referral.groupBy({ by: ["status"], where: { tenantId: tenant.id } });
      expect(statuses.map((s) => s.status).sort()).toEqual([
        "ANSWERED",
        "CONTACTED",
        "COULD_NOT_HELP",
        "HELPED",
        "NO_ANSWER",
        "PROPOSED",
      ]);
      // Referrals awaiting the actor's answer: one late, one sent yesterday (issue 14: the staff's tasks).
      expect(await db.referral.count({ where: { tenantId: tenant.id, status: "CONTACTED" } })).toBe(2);
      // Follow-up after installation: the 3-month check-ins of the newcomers installed 3 months ago or
      // more, answered; one low score with its call back, open, in the tasks.
      const checkIns = await db.followUpCheckIn.findMany({
        where: { tenantId: tenant.id },
        select: { milestone: true, answeredAt: true, settledScore: true, task: { select: { doneAt: true } } },
      });
      expect(checkIns).toHaveLength(3);
      expect(checkIns.every((c) => c.milestone === 3 && c.answeredAt)).toBe(true);
      expect(checkIns.filter((c) => c.task).map((c) => [c.settledScore, c.task!.doneAt])).toEqual([[2, null]]);
      const kinds = new Set((await listTasks(tenant, { kind: "all" })).map((task) => task.kind));
      expect(kinds).toEqual(new Set(["firstResponse", "need", "followUp", "referral"]));
      const bookings = await db.housingBooking.groupBy({ by: ["status"], where: { tenantId: tenant.id } });
      expect(bookings.map((s) => s.status).sort()).toEqual(["CONFIRMED", "OPTION", "REQUESTED"]);
      expect(await db.housingUnit.count({ where: { tenantId: tenant.id } })).toBe(3);
      const option = await db.housingBooking.findFirstOrThrow({ where: { tenantId: tenant.id, status: "OPTION" } });
      expect(option.requestId).not.toBeNull();
    }
  });
});

describe("scale seed", () => {
  it("generates tenants and rows in bulk, and replaces its own data on a rerun", async () => {
    const options = {
      tenants: 3,
      bigTenantMembers: 300,
      membersPerTenant: 50,
      auditPerMember: 2,
      emailsPerTenant: 20,
      bigTenantRequests: 40,
      requestsPerTenant: 10,
      bigTenantEvents: 12,
      registrationsPerEvent: 5,
      bigTenantActors: 20,
      bigTenantReferrals: 30,
      bigTenantAids: 5,
      housingUnits: 6,
      bookingsPerUnit: 4,
    };
    await seedScale(db, options);
    const result = await seedScale(db, options);
    expect(result.tenants).toBe(3);
    const big = { tenant: { slug: "bench-001" } };
    const portalRows =
      (await db.duesPayment.count({ where: { tenant: { slug: { startsWith: "bench-" } } } })) +
      (await db.householdMember.count({ where: big })) +
      30 +
      60 +
      12 +
      12 * 5;
    const networkRows = 20 + 20 + 30 + 5; // actors, their contacts, referrals, aids
    const housingRows = 6 + 6 * 4; // units, bookings
    expect(result.rows).toBe(3 + 400 + 400 + 800 + 60 + 3 * (40 + 10 + 10) + portalRows + networkRows + housingRows);
    expect(await db.networkActor.count({ where: big })).toBe(20);
    expect(await db.referral.count({ where: big })).toBe(30);
    // Shared as a real proposal shares them: the newcomer's page shows name, profession and need.
    const shared = await db.referral.findMany({ where: big, select: { sharedDetails: true } });
    for (const { sharedDetails } of shared) {
      expect(Object.keys(sharedDetails as object).sort()).toEqual(
        ["arrivalDate", "firstName", "lastName", "needDetails", "needType", "profession"].sort(),
      );
      expect((sharedDetails as { profession: string }).profession).toBeTruthy();
    }
    expect(await db.installationAid.count({ where: big })).toBe(5);
    expect(await db.housingUnit.count({ where: big })).toBe(6);
    expect(await db.housingBooking.count({ where: big })).toBe(24);
    expect(await db.event.count({ where: big })).toBe(12);
    expect(await db.eventRegistration.count({ where: big })).toBe(60);
    expect(await db.offer.count({ where: big })).toBe(60);
    expect(await db.membership.count({ where: { ...big, profession: { not: null } } })).toBe(300);
    expect(await db.installationRequest.count({ where: { tenant: { slug: "bench-001" } } })).toBe(40);
    expect(await db.tenant.count({ where: { slug: { startsWith: "bench-" } } })).toBe(3);
    expect(await db.membership.count({ where: { tenant: { slug: "bench-001" } } })).toBe(300);
  });
});
