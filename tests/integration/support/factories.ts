import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type Person = { id: string; email: string; name: string; membershipId: string };
export type TestTenant = {
  tenant: { id: string; slug: string; name: string; timeZone: string };
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
    select: { id: true, slug: true, name: true, timeZone: true },
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
  return { id: p.id, email: p.email, name: p.name ?? null, isPlatformAdmin: false };
}
