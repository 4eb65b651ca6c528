import { randomUUID } from "node:crypto";

import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { EmailStatus, Role } from "../../lib/generated/prisma/enums";
import { insertHousing } from "./scale-housing";
import { deleteBenchNetwork, insertNetwork } from "./scale-network";

// A large data set for benchmarks: many tenants, one much bigger than the others.
// Bench tenants (slug bench-NNN) are deleted and recreated on each run (cascades clean their rows).
const CHUNK = 5_000;

type Options = {
  tenants?: number;
  bigTenantMembers?: number;
  membersPerTenant?: number;
  auditPerMember?: number;
  emailsPerTenant?: number;
  bigTenantRequests?: number;
  requestsPerTenant?: number;
  bigTenantEvents?: number;
  registrationsPerEvent?: number;
  /** The territory network of bench-001 (issue 12). */
  bigTenantActors?: number;
  bigTenantReferrals?: number;
  bigTenantAids?: number;
  housingUnits?: number;
  bookingsPerUnit?: number;
};

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
      listed: false,
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

export async function seedScale(
  db: PrismaClient,
  options: Options = {},
): Promise<{ tenants: number; rows: number; ms: number }> {
  const started = Date.now();
  const {
    tenants: tenantCount = 50,
    bigTenantMembers = 5_000,
    membersPerTenant = 400,
    auditPerMember = 2,
    emailsPerTenant = 200,
  } = options;
  // Bulk deletes by tenant first (row-by-row cascades would take minutes), then the tenants and their users.
  const bench = { tenant: { slug: { startsWith: "bench-" } } };
  await deleteBenchNetwork(db);
  await db.requestEvent.deleteMany({ where: bench });
  await db.requestNeed.deleteMany({ where: bench });
  await db.requestMessage.deleteMany({ where: bench });
  await db.requestNote.deleteMany({ where: bench });
  await db.installationRequest.deleteMany({ where: bench });
  await db.auditLog.deleteMany({ where: bench });
  await db.eventCompanion.deleteMany({ where: bench });
  await db.eventRegistration.deleteMany({ where: bench });
  await db.event.deleteMany({ where: bench });
  await db.householdMember.deleteMany({ where: bench });
  await db.duesPayment.deleteMany({ where: bench });
  await db.offerUse.deleteMany({ where: bench });
  await db.offer.deleteMany({ where: bench });
  await db.partner.deleteMany({ where: bench });
  await db.housingBooking.deleteMany({ where: bench });
  await db.housingPhoto.deleteMany({ where: bench });
  await db.housingUnit.deleteMany({ where: bench });
  await db.storedFile.deleteMany({ where: bench });
  await db.outboundEmail.deleteMany({ where: bench });
  await db.membership.deleteMany({ where: bench });
  await db.tenant.deleteMany({ where: { slug: { startsWith: "bench-" } } });
  await db.user.deleteMany({ where: { email: { endsWith: ".bench.test" } } });

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
  rows += await insertRequests(db, options.bigTenantRequests ?? 5_000, options.requestsPerTenant ?? 1_950);
  rows += await insertPortal(db, options.bigTenantEvents ?? 120, options.registrationsPerEvent ?? 20);
  rows += await insertNetwork(
    db,
    options.bigTenantActors ?? 500,
    options.bigTenantReferrals ?? 5_000,
    options.bigTenantAids ?? 50,
  );
  rows += await insertHousing(db, options.housingUnits ?? 100, options.bookingsPerUnit ?? 20);
  // Fresh statistics, or the planner guesses from empty tables and the first pages after a seed are slow.
  await db.$executeRawUnsafe("ANALYZE");
  return { tenants: tenantCount, rows, ms: Date.now() - started };
}

/**
 * Installation requests are generated inside PostgreSQL (generate_series): 100,000 requests with their
 * needs and timelines in seconds, where row-by-row inserts would take minutes.
 */
async function insertRequests(db: PrismaClient, big: number, perTenant: number): Promise<number> {
  const requests = await db.$executeRaw`
    INSERT INTO "InstallationRequest" ("id", "tenantId", "reference", "firstName", "lastName", "email", "phone", "profession",
      "practiceMode", "currentCity", "currentCountry", "desiredArrivalDate", "practiceArea", "household", "message", "consentAt",
      "commitmentAcceptedAt", "stage", "stageChangedAt", "trackingTokenHash", "idempotencyKey", "submitterIpHash", "createdAt", "updatedAt",
      "firstResponseAt")
    SELECT gen_random_uuid()::text, t."id", 'BEN-2026-' || lpad(g::text, 6, '0'), 'Prénom' || g, 'Nom' || g,
      'r' || g || '@' || t."slug" || '.bench.test', '0600000000',
      (enum_range(NULL::"Profession"))[1 + g % 10], (enum_range(NULL::"PracticeMode"))[1 + g % 6], 'Ville', 'France',
      current_date + (g % 365), 'Secteur', '{}'::jsonb, '', now(), now(),
      (enum_range(NULL::"RequestStage"))[1 + g % 6], now() - (g % 60) * interval '1 day',
      md5(t."id" || '-' || g) || md5(g || '-' || t."id"), 'bench-' || g, 'bench',
      now() - (g % 300) * interval '1 day', now(), CASE WHEN g % 6 = 0 THEN NULL ELSE now() END
    FROM "Tenant" t
    CROSS JOIN LATERAL generate_series(1, CASE WHEN t."slug" = 'bench-001' THEN ${big}::int ELSE ${perTenant}::int END) AS g
    WHERE t."slug" LIKE 'bench-%'`;
  const needs = await db.$executeRaw`
    INSERT INTO "RequestNeed" ("id", "tenantId", "requestId", "type", "status", "details", "dueDate", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, r."tenantId", r."id", (enum_range(NULL::"NeedType"))[1 + abs(hashtext(r."id")) % 11],
      (enum_range(NULL::"NeedStatus"))[1 + abs(hashtext(r."id" || 's')) % 4], '{}'::jsonb,
      current_date + (abs(hashtext(r."id")) % 60 - 20), now(), now()
    FROM "InstallationRequest" r WHERE r."email" LIKE '%.bench.test'`;
  const events = await db.$executeRaw`
    INSERT INTO "RequestEvent" ("id", "tenantId", "requestId", "actorLabel", "type", "data", "public", "createdAt")
    SELECT gen_random_uuid()::text, r."tenantId", r."id", r."firstName", 'request.created', '{}'::jsonb, true, r."createdAt"
    FROM "InstallationRequest" r WHERE r."email" LIKE '%.bench.test'`;
  return requests + needs + events;
}

/**
 * Member portal data, generated in PostgreSQL: profiles and dues for every bench member; in bench-001
 * households, partners with offers, and events (past and upcoming) with registrations.
 */
async function insertPortal(db: PrismaClient, events: number, perEvent: number): Promise<number> {
  await db.$executeRaw`
    UPDATE "Membership" m SET "profession" = (enum_range(NULL::"Profession"))[1 + abs(hashtext(m."id")) % 10],
      "practicePlace" = 'Commune ' || (abs(hashtext(m."id" || 'p')) % 40), "directoryOptIn" = abs(hashtext(m."id" || 'd')) % 3 <> 0,
      "arrivalDate" = current_date - (abs(hashtext(m."id" || 'a')) % 3000)
    FROM "Tenant" t WHERE t."id" = m."tenantId" AND t."slug" LIKE 'bench-%'`;
  const dues = await db.$executeRaw`
    INSERT INTO "DuesPayment" ("id", "tenantId", "membershipId", "year")
    SELECT gen_random_uuid()::text, m."tenantId", m."id", y
    FROM "Membership" m JOIN "Tenant" t ON t."id" = m."tenantId"
    CROSS JOIN generate_series(extract(year FROM now())::int - 1, extract(year FROM now())::int) AS y
    WHERE t."slug" LIKE 'bench-%' AND abs(hashtext(m."id" || y::text)) % 4 <> 0`;
  const household = await db.$executeRaw`
    INSERT INTO "HouseholdMember" ("id", "tenantId", "membershipId", "relation", "firstName", "birthYear")
    SELECT gen_random_uuid()::text, m."tenantId", m."id", CASE WHEN k = 0 THEN 'PARTNER'::"HouseholdRelation" ELSE 'CHILD'::"HouseholdRelation" END,
      CASE WHEN k = 0 THEN 'Conjoint' ELSE 'Enfant ' || k END, CASE WHEN k = 0 THEN NULL ELSE 2010 + k * 3 END
    FROM "Membership" m JOIN "Tenant" t ON t."id" = m."tenantId"
    CROSS JOIN LATERAL generate_series(0, abs(hashtext(m."id" || 'h')) % 4 - 1) AS k
    WHERE t."slug" = 'bench-001'`;
  const partners = await db.$executeRaw`
    INSERT INTO "Partner" ("id", "tenantId", "name", "category", "updatedAt")
    SELECT gen_random_uuid()::text, t."id", 'Partenaire ' || g, (enum_range(NULL::"PartnerCategory"))[1 + g % 6], now()
    FROM "Tenant" t CROSS JOIN generate_series(1, 30) AS g WHERE t."slug" = 'bench-001'`;
  const offers = await db.$executeRaw`
    INSERT INTO "Offer" ("id", "tenantId", "partnerId", "title", "discount", "howToClaim", "validFrom", "validUntil", "audience", "status", "updatedAt")
    SELECT gen_random_uuid()::text, p."tenantId", p."id", 'Avantage ' || k || ' de ' || p."name", '-' || (5 + k * 5) || ' %', 'Code BENCH' || k,
      now() - interval '30 days', CASE WHEN k = 1 THEN NULL ELSE now() + (abs(hashtext(p."id")) % 90) * interval '1 day' END,
      (enum_range(NULL::"Audience"))[1 + k % 2], 'PUBLISHED', now()
    FROM "Partner" p JOIN "Tenant" t ON t."id" = p."tenantId" CROSS JOIN generate_series(1, 2) AS k WHERE t."slug" = 'bench-001'`;
  const created = await db.$executeRaw`
    INSERT INTO "Event" ("id", "tenantId", "title", "kind", "startsAt", "endsAt", "registrationDeadline", "place", "capacity", "maxCompanions",
      "priceMemberCents", "priceCompanionCents", "audience", "status", "updatedAt")
    SELECT gen_random_uuid()::text, t."id", 'Événement ' || g, (enum_range(NULL::"EventKind"))[1 + g % 4],
      now() + (g - ${Math.floor(events / 2)}::int) * interval '3 days', now() + (g - ${Math.floor(events / 2)}::int) * interval '3 days' + interval '3 hours',
      now() + (g - ${Math.floor(events / 2)}::int) * interval '3 days' - interval '2 days', 'Salle ' || (g % 10), 60, 2, 1500, 1000,
      (enum_range(NULL::"Audience"))[1 + g % 2], 'PUBLISHED', now()
    FROM "Tenant" t CROSS JOIN generate_series(1, ${events}::int) AS g WHERE t."slug" = 'bench-001'`;
  const registrations = await db.$executeRaw`
    INSERT INTO "EventRegistration" ("id", "tenantId", "eventId", "membershipId", "companions", "seats", "status", "updatedAt")
    SELECT gen_random_uuid()::text, e."tenantId", e."id", m."id", 1, 2, 'CONFIRMED', now()
    FROM "Event" e JOIN "Tenant" t ON t."id" = e."tenantId"
    CROSS JOIN LATERAL (
      SELECT mm."id" FROM "Membership" mm WHERE mm."tenantId" = e."tenantId" AND mm."role" = 'MEMBER' ORDER BY md5(mm."id" || e."id") LIMIT ${perEvent}::int
    ) m
    WHERE t."slug" = 'bench-001'`;
  return dues + household + partners + offers + created + registrations;
}
