import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/tenancy/actor";

export type Person = { id: string; email: string; name: string; membershipId: string };
export type TestTenant = {
  tenant: { id: string; slug: string; name: string; timeZone: string; firstResponseDays: number };
  coordinator: Person;
  staff: Person;
  member: Person;
};

/** A whole tenant with one person per role, uniquely named so test files never collide. */
export async function createTestTenant(label = "t"): Promise<TestTenant> {
  const unique = randomUUID().slice(0, 8);
  const slug = `cpts-${label}-${unique}`;
  const tenant = await db.tenant.create({
    data: {
      slug,
      name: `CPTS ${label} ${unique}`,
      region: "Bretagne",
      timeZone: "Europe/Paris",
      contactEmail: `contact-${unique}@exemple.test`,
    },
    select: { id: true, slug: true, name: true, timeZone: true, firstResponseDays: true },
  });
  const person = async (role: Role): Promise<Person> => {
    const email = `${role.toLowerCase()}-${unique}@exemple.test`;
    const name = `${role} ${unique}`;
    const user = await db.user.create({ data: { email, name } });
    const membership = await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, role } });
    return { id: user.id, email, name, membershipId: membership.id };
  };
  return {
    tenant,
    coordinator: await person("COORDINATOR"),
    staff: await person("STAFF"),
    member: await person("MEMBER"),
  };
}

export async function createUser(email = `someone-${randomUUID().slice(0, 8)}@exemple.test`) {
  return db.user.create({ data: { email }, select: { id: true, email: true, name: true, isPlatformAdmin: true } });
}

export function asCurrentUser(p: { id: string; email: string; name?: string | null }) {
  return {
    id: p.id,
    email: p.email,
    name: p.name ?? null,
    isPlatformAdmin: false,
    sessionId: null,
    secondFactorEnrolled: true,
    secondFactorPassed: true,
  };
}

type EventOverrides = Partial<{
  title: string;
  capacity: number;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  audience: "MEMBERS" | "MEMBERS_AND_NEWCOMERS";
  startsAt: Date;
  maxCompanions: number;
}>;

/** A published event of the tenant, two weeks ahead, registrations open. */
export async function createTestEvent(tenantId: string, overrides: EventOverrides = {}) {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 14 * 24 * 3600 * 1000);
  return db.event.create({
    data: {
      tenantId,
      title: overrides.title ?? "Soirée des soignants",
      kind: "SOIREE_SOIGNANTS",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * 3600 * 1000),
      registrationDeadline: new Date(startsAt.getTime() - 24 * 3600 * 1000),
      place: "Salle des fêtes",
      capacity: overrides.capacity ?? 40,
      maxCompanions: overrides.maxCompanions ?? 2,
      audience: overrides.audience ?? "MEMBERS",
      status: overrides.status ?? "PUBLISHED",
    },
    select: { id: true, title: true, tenantId: true },
  });
}

/** A partner of the tenant. */
export async function createTestPartner(tenantId: string, name = "Garage du port") {
  return db.partner.create({ data: { tenantId, name, category: "VEHICLES" }, select: { id: true, name: true } });
}

/** A role of a test tenant as the services see it (the guard's context), for calling a service directly. */
export function actorOf(t: TestTenant, who: "coordinator" | "staff" | "member"): Actor {
  const person = t[who];
  return {
    tenant: t.tenant,
    user: { id: person.id, name: person.name, email: person.email },
    membershipId: person.membershipId,
  };
}
