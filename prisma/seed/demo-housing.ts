import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import type { HousingAudience, HousingKind } from "../../lib/generated/prisma/enums";

type DemoUnit = {
  name: string;
  kind: HousingKind;
  commune: string;
  area: string;
  address: string;
  ownerName: string;
  ownerContact: string;
  description: string;
  rooms: number;
  beds: number;
  audiences: HousingAudience[];
  openToMembers: boolean;
  priceNight?: number;
  rentMonth?: number;
  deposit?: number;
  minNights?: number;
  maxNights?: number;
  houseRules?: string;
};

// The first unit of each CPTS is the furnished studio for newcomers that holds the option on a demo request.
const UNITS: Record<string, DemoUnit[]> = {
  "cpts-ouest-guyane": [
    {
      name: "Studio meublé du Fleuve",
      kind: "STUDIO",
      commune: "Saint-Laurent-du-Maroni",
      area: "Ouest guyanais",
      address: "14 rue Victor-Hugo, 97320 Saint-Laurent-du-Maroni",
      ownerName: "Mairie de Saint-Laurent-du-Maroni",
      ownerContact: "logement@mairie-slm.demo.test",
      description: "Studio climatisé de 28 m² près du centre hospitalier, meublé et équipé, wifi.",
      rooms: 1,
      beds: 2,
      audiences: ["NEWCOMERS", "LOCUMS"],
      openToMembers: false,
      rentMonth: 600,
      priceNight: 25,
      deposit: 600,
      minNights: 7,
      houseRules: "Non-fumeur. Animaux non admis.",
    },
    {
      name: "Chambres d'internes du CHOG",
      kind: "BOARDING_ROOM",
      commune: "Saint-Laurent-du-Maroni",
      area: "Ouest guyanais",
      address: "Internat du centre hospitalier, avenue du Général-de-Gaulle",
      ownerName: "Centre hospitalier de l'Ouest guyanais",
      ownerContact: "internat@chog.demo.test",
      description: "Chambre individuelle à l'internat, cuisine et salon partagés.",
      rooms: 1,
      beds: 1,
      audiences: ["INTERNS"],
      openToMembers: true,
      priceNight: 10,
      maxNights: 190,
    },
    {
      name: "Carbet de Mana",
      kind: "HOUSE",
      commune: "Mana",
      area: "Ouest guyanais",
      address: "Chemin des Hattes, 97360 Mana",
      ownerName: "Association Mana Accueil",
      ownerContact: "06 94 00 00 01",
      description: "Petite maison avec deux chambres, à cinq minutes du centre de santé.",
      rooms: 3,
      beds: 4,
      audiences: ["LOCUMS", "SEASONAL"],
      openToMembers: true,
      priceNight: 40,
      minNights: 3,
    },
  ],
  "cpts-pays-de-morlaix": [
    {
      name: "Studio meublé de la Manufacture",
      kind: "STUDIO",
      commune: "Morlaix",
      area: "Pays de Morlaix",
      address: "3 quai de Léon, 29600 Morlaix",
      ownerName: "Morlaix Communauté",
      ownerContact: "habitat@morlaix-communaute.demo.test",
      description: "Studio de 25 m² sur le port, meublé, à dix minutes à pied de l'hôpital.",
      rooms: 1,
      beds: 2,
      audiences: ["NEWCOMERS"],
      openToMembers: false,
      rentMonth: 480,
      deposit: 480,
      minNights: 30,
    },
    {
      name: "Chambres d'internes de Morlaix",
      kind: "ROOM",
      commune: "Morlaix",
      area: "Pays de Morlaix",
      address: "Résidence du centre hospitalier, 15 rue de Kersaint-Gilly",
      ownerName: "Centre hospitalier des Pays de Morlaix",
      ownerContact: "internat@ch-morlaix.demo.test",
      description: "Chambre meublée, salle d'eau privative, cuisine commune.",
      rooms: 1,
      beds: 1,
      audiences: ["INTERNS"],
      openToMembers: true,
      priceNight: 12,
    },
    {
      name: "Gîte saisonnier de Carantec",
      kind: "HOUSE",
      commune: "Carantec",
      area: "Pays de Morlaix",
      address: "12 rue du Kelenn, 29660 Carantec",
      ownerName: "Mme Le Saout",
      ownerContact: "06 12 00 00 02",
      description: "Maison près de la plage du Kelenn pour les renforts de l'été.",
      rooms: 3,
      beds: 4,
      audiences: ["SEASONAL", "LOCUMS"],
      openToMembers: true,
      priceNight: 45,
      minNights: 7,
      houseRules: "Arrivée le samedi en juillet et août.",
    },
  ],
};

const DAY = 24 * 3600 * 1000;
const dayFromNow = (days: number) =>
  new Date(`${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T00:00:00Z`);
const cents = (euros?: number) => (euros === undefined ? null : euros * 100);

/**
 * A few lodgings per demo CPTS, past and future bookings, a member's ask waiting for the staff, and an
 * option on the first demo request (its temporary-housing dates). Idempotent.
 */
export async function seedDemoHousing(
  db: PrismaClient,
  tenant: { id: string; slug: string; referencePrefix: string },
  staffUserId: string,
) {
  const demo = UNITS[tenant.slug];
  if (!demo || (await db.housingUnit.count({ where: { tenantId: tenant.id } })) > 0) return;
  const units = [];
  for (const u of demo) {
    const { priceNight, rentMonth, deposit, minNights, maxNights, houseRules, ...fields } = u;
    units.push(
      await db.housingUnit.create({
        data: {
          tenantId: tenant.id,
          ...fields,
          furnished: true,
          priceNightCents: cents(priceNight),
          rentMonthCents: cents(rentMonth),
          depositCents: cents(deposit),
          minNights: minNights ?? null,
          maxNights: maxNights ?? null,
          houseRules: houseRules ?? "",
        },
      }),
    );
  }
  const [studio, second, third] = units;
  const members = await db.membership.findMany({
    where: { tenantId: tenant.id, role: "MEMBER" },
    orderBy: { createdAt: "asc" },
    take: 2,
    select: { id: true },
  });
  const stay = (from: number, nights: number) => ({ arrival: dayFromNow(from), departure: dayFromNow(from + nights) });
  const bookings: Omit<Prisma.HousingBookingCreateManyInput, "tenantId">[] = [
    // Past stays, kept for the counts of nights per kind of person.
    {
      unitId: second.id,
      ...stay(-120, 90),
      guestName: "Interne de médecine générale",
      guestContact: "interne.demo@exemple.test",
      audience: "INTERNS",
      status: "CONFIRMED",
    },
    {
      unitId: third.id,
      ...stay(-40, 14),
      membershipId: members[0]?.id,
      audience: "LOCUMS",
      status: "CONFIRMED",
      priceCents: (third.priceNightCents ?? 0) * 14,
    },
    // Coming stays.
    {
      unitId: second.id,
      ...stay(10, 60),
      guestName: "Interne en pédiatrie",
      guestContact: "06 00 00 00 03",
      audience: "INTERNS",
      status: "CONFIRMED",
    },
    {
      unitId: third.id,
      ...stay(20, 21),
      guestName: "Renfort saisonnier (infirmier)",
      guestContact: "renfort.demo@exemple.test",
      audience: "SEASONAL",
      status: "CONFIRMED",
      priceCents: (third.priceNightCents ?? 0) * 21,
    },
    // A member's ask, waiting for the staff.
    {
      unitId: third.id,
      ...stay(60, 7),
      membershipId: members[1]?.id ?? members[0]?.id,
      audience: "LOCUMS",
      status: "REQUESTED",
      message: "Remplacement d'une semaine au cabinet.",
    },
  ];
  await db.housingBooking.createMany({
    data: bookings.map((b) => ({
      tenantId: tenant.id,
      createdById: staffUserId,
      decidedAt: b.status === "CONFIRMED" ? new Date() : null,
      ...b,
    })),
  });
  // The option: on the first demo request, for the dates of its temporary-housing need.
  const request = await db.installationRequest.findFirst({
    where: { tenantId: tenant.id, idempotencyKey: "demo-0" },
    select: { id: true, needs: { where: { type: "TEMPORARY_HOUSING" }, select: { details: true } } },
  });
  const details = request?.needs[0]?.details as { from?: string; to?: string } | undefined;
  if (!request || !details?.from || !details.to) return;
  const booking = await db.housingBooking.create({
    data: {
      tenantId: tenant.id,
      unitId: studio.id,
      requestId: request.id,
      arrival: new Date(`${details.from}T00:00:00Z`),
      departure: new Date(`${details.to}T00:00:00Z`),
      audience: "NEWCOMERS",
      status: "OPTION",
      optionExpiresAt: new Date(Date.now() + 7 * DAY),
      priceCents: studio.rentMonthCents === null ? null : studio.rentMonthCents * 3,
      createdById: staffUserId,
    },
  });
  await db.requestEvent.create({
    data: {
      tenantId: tenant.id,
      requestId: request.id,
      actorId: staffUserId,
      actorLabel: "Équipe",
      type: "housing.offered",
      data: { bookingId: booking.id, unit: studio.name, arrival: details.from, departure: details.to },
      public: true,
    },
  });
}
