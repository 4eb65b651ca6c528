import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { EmailStatus, Role } from "../../lib/generated/prisma/enums";

// A large data set for benchmarks: many tenants, one much bigger than the others.
// Bench tenants (slug bench-NNN) are deleted and recreated on each run (cascades clean their rows).
const CHUNK = 5_000;

type Options = { tenants?: number; bigTenantMembers?: number; membersPerTenant?: number; auditPerMember?: number; emailsPerTenant?: number };

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
  return rows.length;
}

function tenantRows(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    return {
      id: randomUUID(),
      slug: `bench-${n}`,
      name: `CPTS de test n° ${n}`,
      region: i % 5 === 0 ? "Guyane" : "Bretagne",
      timeZone: i % 5 === 0 ? "America/Cayenne" : "Europe/Paris",
      contactEmail: `contact@bench-${n}.bench.test`,
    };
  });
}

function peopleRows(tenants: { id: string; slug: string }[], sizeOf: (index: number) => number) {
  const users: { id: string; email: string; name: string }[] = [];
  const memberships: { id: string; tenantId: string; userId: string; role: Role }[] = [];
  tenants.forEach((tenant, t) => {
    const size = sizeOf(t);
    for (let i = 0; i < size; i++) {
      const id = randomUUID();
      users.push({ id, email: `p${i}@${tenant.slug}.bench.test`, name: `Personne ${i} ${tenant.slug}` });
      const role: Role = i === 0 ? "COORDINATOR" : i < 3 ? "STAFF" : "MEMBER";
      memberships.push({ id: randomUUID(), tenantId: tenant.id, userId: id, role });
    }
  });
  return { users, memberships };
}

function auditRows(memberships: { id: string; tenantId: string; userId: string }[], perMember: number) {
  return memberships.flatMap((m) =>
    Array.from({ length: perMember }, (_, k) => ({
      id: randomUUID(),
      tenantId: m.tenantId,
      actorId: m.userId,
      action: k === 0 ? "membership.created" : "membership.role_changed",
      targetType: "Membership",
      targetId: m.id,
      details: {},
    })),
  );
}

function emailRows(tenants: { id: string; slug: string }[], perTenant: number) {
  const statuses: EmailStatus[] = ["SENT", "SENT", "SENT", "PENDING", "FAILED"];
  return tenants.flatMap((t) =>
    Array.from({ length: perTenant }, (_, i) => ({
      id: randomUUID(),
      tenantId: t.id,
      kind: "invitation",
      to: `p${i}@${t.slug}.bench.test`,
      subject: "Invitation",
      text: "Bonjour",
      html: "<p>Bonjour</p>",
      status: statuses[i % statuses.length],
    })),
  );
}

export async function seedScale(db: PrismaClient, options: Options = {}): Promise<{ tenants: number; rows: number; ms: number }> {
  const started = Date.now();
  const { tenants: tenantCount = 50, bigTenantMembers = 5_000, membersPerTenant = 400, auditPerMember = 2, emailsPerTenant = 200 } = options;
  await db.user.deleteMany({ where: { email: { endsWith: ".bench.test" } } });
  await db.tenant.deleteMany({ where: { slug: { startsWith: "bench-" } } });

  const tenants = tenantRows(tenantCount);
  const { users, memberships } = peopleRows(tenants, (i) => (i === 0 ? bigTenantMembers : membersPerTenant));
  const audits = auditRows(memberships, auditPerMember);
  const emails = emailRows(tenants, emailsPerTenant);

  let rows = 0;
  rows += await insertInChunks(tenants, (chunk) => db.tenant.createMany({ data: chunk }));
  rows += await insertInChunks(users, (chunk) => db.user.createMany({ data: chunk }));
  rows += await insertInChunks(memberships, (chunk) => db.membership.createMany({ data: chunk }));
  rows += await insertInChunks(audits, (chunk) => db.auditLog.createMany({ data: chunk }));
  rows += await insertInChunks(emails, (chunk) => db.outboundEmail.createMany({ data: chunk }));
  return { tenants: tenantCount, rows, ms: Date.now() - started };
}
