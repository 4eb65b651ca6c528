import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/tenancy/actor";

// One entry point for every factory: import them from "./support/factories".
export * from "./factories/housing";
export * from "./factories/network";
export * from "./factories/requests";

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
  const person = (role: Role) =>
    createTestPerson(tenant.id, role, {
      email: `${role.toLowerCase()}-${unique}@exemple.test`,
      name: `${role} ${unique}`,
    });
  return {
    tenant,
    coordinator: await person("COORDINATOR"),
    staff: await person("STAFF"),
    member: await person("MEMBER"),
  };
}

type PersonOverrides = Partial<Omit<Prisma.MembershipUncheckedCreateInput, "tenantId" | "userId" | "role">> & {
  email?: string;
  name?: string;
};

/** A person with a membership of the tenant (a member by default); other membership fields can be set. */
export async function createTestPerson(
  tenantId: string,
  role: Role = "MEMBER",
  overrides: PersonOverrides = {},
): Promise<Person> {
  const unique = randomUUID().slice(0, 8);
  const { email = `${role.toLowerCase()}-${unique}@exemple.test`, name = `${role} ${unique}`, ...fields } = overrides;
  const user = await db.user.create({ data: { email, name } });
  const membership = await db.membership.create({ data: { ...fields, tenantId, userId: user.id, role } });
  return { id: user.id, email, name, membershipId: membership.id };
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

type EventOverrides = Partial<Omit<Prisma.EventUncheckedCreateInput, "tenantId">>;

/** A published event of the tenant, two weeks ahead, registrations open (until the day before). */
export async function createTestEvent(tenantId: string, overrides: EventOverrides = {}) {
  const startsAt = new Date(overrides.startsAt ?? Date.now() + 14 * 24 * 3600 * 1000);
  return db.event.create({
    data: {
      title: "Soirée des soignants",
      kind: "SOIREE_SOIGNANTS",
      endsAt: new Date(startsAt.getTime() + 4 * 3600 * 1000),
      registrationDeadline: new Date(startsAt.getTime() - 24 * 3600 * 1000),
      place: "Salle des fêtes",
      capacity: 40,
      maxCompanions: 2,
      audience: "MEMBERS",
      status: "PUBLISHED",
      ...overrides,
      startsAt,
      tenantId,
    },
    select: { id: true, title: true, tenantId: true },
  });
}

type RegistrationOverrides = Partial<
  Omit<Prisma.EventRegistrationUncheckedCreateInput, "tenantId" | "eventId" | "membershipId" | "requestId">
>;

/**
 * A registration to an event, written straight to the table (its constraints apply): a member's
 * (`{ membershipId }`) or a newcomer's (`{ requestId }`), one confirmed seat by default.
 */
export function createTestRegistration(
  tenantId: string,
  of: { eventId: string } & ({ membershipId: string } | { requestId: string }),
  overrides: RegistrationOverrides = {},
) {
  return db.eventRegistration.create({
    data: { seats: 1, status: "CONFIRMED", ...overrides, ...of, tenantId },
    select: { id: true, status: true, seats: true },
  });
}

type PartnerOverrides = Partial<Omit<Prisma.PartnerUncheckedCreateInput, "tenantId" | "name">>;

/** A partner of the tenant (a garage, by default). */
export function createTestPartner(tenantId: string, name = "Garage du port", overrides: PartnerOverrides = {}) {
  return db.partner.create({
    data: { category: "VEHICLES", ...overrides, tenantId, name },
    select: { id: true, name: true },
  });
}

type HouseholdOverrides = Partial<Omit<Prisma.HouseholdMemberUncheckedCreateInput, "tenantId" | "membershipId">>;

/** A member's household member (a child, by default), who can come to events as a companion. */
export function createTestHouseholdMember(tenantId: string, membershipId: string, overrides: HouseholdOverrides = {}) {
  return db.householdMember.create({
    data: { relation: "CHILD", firstName: "Noé", ...overrides, tenantId, membershipId },
    select: { id: true, firstName: true },
  });
}

type OfferOverrides = Partial<Omit<Prisma.OfferUncheckedCreateInput, "tenantId" | "partnerId">>;

/** A published offer of a partner, for members, valid from 1 January 2026 with no end. */
export function createTestOffer(tenantId: string, partnerId: string, overrides: OfferOverrides = {}) {
  return db.offer.create({
    data: {
      title: "Remise",
      discount: "-10 %",
      howToClaim: "CODE",
      validFrom: new Date("2026-01-01"),
      status: "PUBLISHED",
      ...overrides,
      tenantId,
      partnerId,
    },
    select: { id: true, title: true },
  });
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
