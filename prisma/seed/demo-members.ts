import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Profession } from "../../lib/generated/prisma/enums";

const PROFESSIONS: Profession[] = [
  "MEDECIN_GENERALISTE",
  "INFIRMIER",
  "MASSEUR_KINESITHERAPEUTE",
  "SAGE_FEMME",
  "PHARMACIEN",
  "ORTHOPHONISTE",
  "CHIRURGIEN_DENTISTE",
  "PSYCHOLOGUE",
];
const PARTNERS = ["Alex", "Camille", "Sam", "Morgane", "Yoann", "Inès"];
const CHILDREN = ["Lou", "Malo", "Jade", "Noé", "Léna", "Tom", "Zoé"];
/** Household sizes by position, so the soirée's registrations below have the companions they bring. */
const HOUSEHOLD_SIZES = [2, 2, 3, 1, 0, 2];

/** Member profiles (profession, practice place, dues, directory opt-in) and households. Idempotent. */
export async function seedDemoMembers(
  db: PrismaClient,
  tenant: { id: string; areas: string[] },
  emailsInOrder: string[],
) {
  if (await db.householdMember.count({ where: { tenantId: tenant.id } })) return;
  const found = await db.membership.findMany({
    where: { tenantId: tenant.id, status: "ACTIVE" },
    select: { id: true, user: { select: { email: true } } },
  });
  // Positions follow the demo's list of people, so each person always gets the same profile.
  const members = found.sort((x, y) => emailsInOrder.indexOf(x.user.email) - emailsInOrder.indexOf(y.user.email));
  const year = new Date().getFullYear();
  const memberOfRequest = await db.installationRequest.findFirst({
    where: { tenantId: tenant.id, stage: "MEMBER" },
    select: { id: true, desiredArrivalDate: true },
  });
  for (const [i, m] of members.entries()) {
    const linkRequest = memberOfRequest && i === members.length - 1;
    await db.membership.update({
      where: { id: m.id },
      data: {
        profession: PROFESSIONS[i % PROFESSIONS.length],
        practicePlace: tenant.areas[i % tenant.areas.length],
        phone: `06 12 34 56 ${String(10 + i).padStart(2, "0")}`,
        arrivalDate: new Date(Date.UTC(year - (i % 5), (i * 3) % 12, 1)),
        directoryOptIn: i % 4 !== 3,
        notes: i === 2 ? "Référente pour l'accueil des internes." : "",
        ...(linkRequest ? { requestId: memberOfRequest.id } : {}),
      },
    });
    const years = i % 3 === 2 ? [year - 1] : [year - 1, year];
    await db.duesPayment.createMany({
      data: years.map((y) => ({ tenantId: tenant.id, membershipId: m.id, year: y })),
      skipDuplicates: true,
    });
    const size = HOUSEHOLD_SIZES[i % HOUSEHOLD_SIZES.length];
    const household = Array.from({ length: size }, (_, k) =>
      k === 0
        ? {
            tenantId: tenant.id,
            membershipId: m.id,
            relation: "PARTNER" as const,
            firstName: PARTNERS[i % PARTNERS.length],
          }
        : {
            tenantId: tenant.id,
            membershipId: m.id,
            relation: "CHILD" as const,
            firstName: CHILDREN[(i + k) % CHILDREN.length],
            birthYear: year - 3 * k - (i % 4),
          },
    );
    if (household.length) await db.householdMember.createMany({ data: household });
  }
}
