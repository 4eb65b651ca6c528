import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { PartnerCategory } from "../../lib/generated/prisma/enums";

const DAY = 86_400_000;

const PARTNERS: {
  name: string;
  category: PartnerCategory;
  offer: { title: string; discount: string; howToClaim: string; days?: number; everyone?: boolean };
}[] = [
  {
    name: "Garage de la Gare",
    category: "VEHICLES",
    offer: {
      title: "Révision et pneus",
      discount: "-15 %",
      howToClaim: "Présentez votre carte d'adhérent : code CPTS15.",
    },
  },
  {
    name: "Loc'Auto Services",
    category: "VEHICLES",
    offer: {
      title: "Location longue durée",
      discount: "-10 %",
      howToClaim: "Code SOIGNANT10 sur le site.",
      everyone: true,
    },
  },
  {
    name: "Escapade Nature",
    category: "LEISURE",
    offer: {
      title: "Sortie découverte à la journée",
      discount: "-20 %",
      howToClaim: "Réservez en citant la CPTS.",
      days: 10,
    },
  },
  {
    name: "Ménage & Repassage",
    category: "HOME_SERVICES",
    offer: {
      title: "Aide ménagère",
      discount: "1 heure offerte",
      howToClaim: "Code BIENVENUE au premier rendez-vous.",
    },
  },
  {
    name: "Cabinet comptable du Centre",
    category: "PROFESSIONAL_SERVICES",
    offer: {
      title: "Première année de comptabilité libérale",
      discount: "-30 %",
      howToClaim: "Contactez Mme Martin en citant la CPTS.",
      everyone: true,
    },
  },
  {
    name: "Crèche Les Petits Pas",
    category: "FAMILY",
    offer: {
      title: "Places aux horaires décalés",
      discount: "Priorité d'accès",
      howToClaim: "Dossier à déposer avec l'attestation de la CPTS.",
    },
  },
  {
    name: "Librairie du Port",
    category: "OTHER",
    offer: { title: "Livres et papeterie", discount: "-5 %", howToClaim: "Carte d'adhérent en caisse." },
  },
];

/** Partners in every category with an offer each, and events: a soirée des soignants with a waitlist. Idempotent. */
export async function seedDemoPortal(db: PrismaClient, tenant: { id: string; name: string; place: string }) {
  if (await db.partner.count({ where: { tenantId: tenant.id } })) return;
  for (const p of PARTNERS) {
    await db.partner.create({
      data: {
        tenantId: tenant.id,
        name: p.name,
        category: p.category,
        address: tenant.place,
        offers: {
          create: {
            tenantId: tenant.id,
            title: p.offer.title,
            discount: p.offer.discount,
            howToClaim: p.offer.howToClaim,
            status: "PUBLISHED",
            validFrom: new Date(Date.now() - 60 * DAY),
            validUntil: p.offer.days ? new Date(Date.now() + p.offer.days * DAY) : null,
            audience: p.offer.everyone ? "MEMBERS_AND_NEWCOMERS" : "MEMBERS",
          },
        },
      },
    });
  }
  const members = await db.membership.findMany({
    where: { tenantId: tenant.id, status: "ACTIVE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const soiree = await db.event.create({
    data: {
      tenantId: tenant.id,
      title: "Soirée des soignants de l'automne",
      kind: "SOIREE_SOIGNANTS",
      place: tenant.place,
      description: "Le rendez-vous pour accueillir les nouveaux arrivants : buffet, musique et présentations.",
      startsAt: new Date(Date.now() + 21 * DAY),
      endsAt: new Date(Date.now() + 21 * DAY + 4 * 3600_000),
      registrationDeadline: new Date(Date.now() + 14 * DAY),
      capacity: 8,
      maxCompanions: 2,
      priceMemberCents: 1500,
      priceCompanionCents: 2000,
      status: "PUBLISHED",
      audience: "MEMBERS_AND_NEWCOMERS",
    },
  });
  // 2 + 3 + 3 seats confirmed: the event is full; the next two wait their turn.
  const plan = [
    [1, "CONFIRMED"],
    [2, "CONFIRMED"],
    [2, "CONFIRMED"],
    [1, "WAITLISTED"],
    [0, "WAITLISTED"],
  ] as const;
  let position = 0;
  for (const [i, [companions, status]] of plan.entries()) {
    const membership = members[i];
    if (!membership) break;
    const household = await db.householdMember.findMany({
      where: { tenantId: tenant.id, membershipId: membership.id },
      orderBy: { createdAt: "asc" },
      take: companions,
      select: { id: true },
    });
    await db.eventRegistration.create({
      data: {
        tenantId: tenant.id,
        eventId: soiree.id,
        membershipId: membership.id,
        companions: household.length,
        seats: 1 + household.length,
        status,
        position: status === "WAITLISTED" ? ++position : null,
        household: { create: household.map((h) => ({ tenantId: tenant.id, householdMemberId: h.id })) },
      },
    });
  }
  await db.event.createMany({
    data: [
      {
        tenantId: tenant.id,
        title: "Sortie en famille",
        kind: "OUTING",
        place: tenant.place,
        startsAt: new Date(Date.now() + 40 * DAY),
        endsAt: new Date(Date.now() + 40 * DAY + 6 * 3600_000),
        registrationDeadline: new Date(Date.now() + 33 * DAY),
        capacity: 30,
        maxCompanions: 3,
        priceMemberCents: 1000,
        priceCompanionCents: 500,
        status: "PUBLISHED",
      },
      {
        tenantId: tenant.id,
        title: "Formation gestes d'urgence",
        kind: "TRAINING",
        place: tenant.place,
        startsAt: new Date(Date.now() - 30 * DAY),
        endsAt: new Date(Date.now() - 30 * DAY + 3 * 3600_000),
        registrationDeadline: new Date(Date.now() - 35 * DAY),
        capacity: 12,
        status: "PUBLISHED",
      },
    ],
  });
}
