import type { PrismaClient } from "../../lib/generated/prisma/client";

// The territory network at scale (issue 12), generated in PostgreSQL: bench-001 gets 500 actors,
// 5,000 referrals on its requests' needs (every status) and 50 installation aids.

export async function deleteBenchNetwork(db: PrismaClient) {
  const bench = { tenant: { slug: { startsWith: "bench-" } } };
  await db.requestAidSent.deleteMany({ where: bench });
  await db.referral.deleteMany({ where: bench });
  await db.networkContact.deleteMany({ where: bench });
  await db.networkActor.deleteMany({ where: bench });
  await db.installationAid.deleteMany({ where: bench });
}

export async function insertNetwork(db: PrismaClient, actors = 500, referrals = 5_000, aids = 50): Promise<number> {
  const actorRows = await db.$executeRaw`
    INSERT INTO "NetworkActor" ("id", "tenantId", "name", "category", "needTypes", "communes", "tags", "email", "searchText", "updatedAt")
    SELECT gen_random_uuid()::text, t."id", 'Acteur ' || g || ' ' || (ARRAY['Hélène', 'Crèche', 'Agence', 'Mairie', 'Association'])[1 + g % 5],
      (enum_range(NULL::"NetworkCategory"))[1 + g % 12],
      ARRAY[(enum_range(NULL::"NeedType"))[1 + g % 11], (enum_range(NULL::"NeedType"))[1 + (g * 7) % 11]],
      CASE WHEN g % 4 = 0 THEN ARRAY[]::text[] ELSE ARRAY['Commune ' || (g % 40)] END,
      ARRAY['étiquette ' || (g % 15)], 'acteur' || g || '@bench-001.bench.test',
      'Acteur ' || g || ' ' || (ARRAY['Hélène', 'Crèche', 'Agence', 'Mairie', 'Association'])[1 + g % 5] || ' Commune ' || (g % 40),
      now()
    FROM "Tenant" t CROSS JOIN generate_series(1, ${actors}::int) AS g WHERE t."slug" = 'bench-001'`;
  const contactRows = await db.$executeRaw`
    INSERT INTO "NetworkContact" ("id", "tenantId", "actorId", "name", "role", "email")
    SELECT gen_random_uuid()::text, a."tenantId", a."id", 'Contact de ' || a."name", 'Référent', 'contact-' || a."email"
    FROM "NetworkActor" a JOIN "Tenant" t ON t."id" = a."tenantId" WHERE t."slug" = 'bench-001'`;
  const referralRows = await db.$executeRaw`
    INSERT INTO "Referral" ("id", "tenantId", "requestId", "needId", "actorId", "status", "consent", "sharedDetails",
      "contactedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, n."tenantId", n."requestId", n."id", a."id",
      (enum_range(NULL::"ReferralStatus"))[1 + n.rn % 6],
      CASE WHEN n.rn % 6 = 0 THEN 'PENDING'::"ReferralConsent" ELSE 'ACCEPTED'::"ReferralConsent" END,
      -- What a real proposal shares (lib/network/referrals.ts, SharedDetails): the newcomer's page shows it.
      jsonb_build_object('firstName', r."firstName", 'lastName', r."lastName", 'profession', r."profession",
        'arrivalDate', to_char(r."desiredArrivalDate", 'YYYY-MM-DD'), 'needType', n."type", 'needDetails', '{}'::jsonb),
      CASE WHEN n.rn % 6 = 0 THEN NULL ELSE now() - (n.rn % 40) * interval '1 day' END,
      now() - (n.rn % 60) * interval '1 day', now()
    FROM (
      SELECT rn."id", rn."tenantId", rn."requestId", rn."type", row_number() OVER (ORDER BY rn."id") AS rn
      FROM "RequestNeed" rn JOIN "Tenant" t ON t."id" = rn."tenantId" WHERE t."slug" = 'bench-001'
      LIMIT ${referrals}::int
    ) n
    JOIN "InstallationRequest" r ON r."id" = n."requestId"
    CROSS JOIN LATERAL (
      SELECT x."id" FROM "NetworkActor" x WHERE x."tenantId" = n."tenantId" ORDER BY md5(x."id" || n."id") LIMIT 1
    ) a`;
  const aidRows = await db.$executeRaw`
    INSERT INTO "InstallationAid" ("id", "tenantId", "name", "funder", "amount", "professions", "practiceModes", "zones", "updatedAt")
    SELECT gen_random_uuid()::text, t."id", 'Aide ' || g, (enum_range(NULL::"AidFunder"))[1 + g % 8], (g * 1000) || ' €',
      CASE WHEN g % 3 = 0 THEN ARRAY[]::"Profession"[] ELSE ARRAY[(enum_range(NULL::"Profession"))[1 + g % 10]] END,
      CASE WHEN g % 2 = 0 THEN ARRAY[]::"PracticeMode"[] ELSE ARRAY[(enum_range(NULL::"PracticeMode"))[1 + g % 6]] END,
      'Territoire', now()
    FROM "Tenant" t CROSS JOIN generate_series(1, ${aids}::int) AS g WHERE t."slug" = 'bench-001'`;
  return actorRows + contactRows + referralRows + aidRows;
}
