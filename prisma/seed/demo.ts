import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { hashLinkToken, newLinkToken } from "../../lib/tokens";
import { seedDemoFollowUp } from "./demo-followup";
import { seedDemoHousing } from "./demo-housing";
import { seedDemoMembers } from "./demo-members";
import { seedDemoNetwork } from "./demo-network";
import { seedDemoPortal } from "./demo-portal";
import { seedDemoRequests } from "./demo-requests";

export type DemoSummary = {
  tenants: { slug: string; name: string }[];
  accounts: { email: string; name: string; role: Role | "PLATFORM_ADMIN"; tenantSlug: string | null }[];
};

type DemoPerson = { email: string; name: string; role: Role };
type DemoTenant = {
  slug: string;
  name: string;
  region: string;
  timeZone: string;
  referencePrefix: string;
  contactEmail: string;
  brandColor: string;
  territoryDescription: string;
  welcomeText: string;
  commitmentText: string;
  people: DemoPerson[];
  pendingInvitation: { email: string; role: Role };
  areas: string[];
};

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: "cpts-ouest-guyane",
    name: "CPTS de l'Ouest Guyanais",
    region: "Guyane",
    timeZone: "America/Cayenne",
    referencePrefix: "OGY",
    contactEmail: "contact@ouest-guyane.demo.test",
    brandColor: "#0b5d3b",
    territoryDescription:
      "De Saint-Laurent-du-Maroni à Mana, Awala-Yalimapo et Apatou : un territoire jeune, fluvial et multiculturel, où chaque professionnel·le de santé compte.",
    welcomeText:
      "Vous pensez venir exercer dans l'Ouest guyanais ? Notre conciergerie vous aide à préparer votre arrivée : logement, emploi de votre conjoint·e, scolarité des enfants, démarches auprès de l'ARS et de la CPAM. Nous vous présentons aussi vos futurs collègues.",
    commitmentText:
      "En échange de cet accompagnement gratuit, je m'engage à adhérer à la CPTS de l'Ouest Guyanais une fois installé·e.",
    people: [
      { email: "coordination@ouest-guyane.demo.test", name: "Maëva Joseph", role: "COORDINATOR" },
      { email: "accueil@ouest-guyane.demo.test", name: "Kévin Pierre-Louis", role: "STAFF" },
      { email: "lucie.horth@ouest-guyane.demo.test", name: "Dr Lucie Horth", role: "MEMBER" },
      { email: "samuel.abienso@ouest-guyane.demo.test", name: "Samuel Abienso", role: "MEMBER" },
      { email: "nadia.tiouka@ouest-guyane.demo.test", name: "Nadia Tiouka", role: "MEMBER" },
      { email: "julien.marchand@ouest-guyane.demo.test", name: "Julien Marchand", role: "MEMBER" },
      { email: "awa.diallo@ouest-guyane.demo.test", name: "Awa Diallo", role: "MEMBER" },
    ],
    pendingInvitation: { email: "sage-femme.mana@ouest-guyane.demo.test", role: "MEMBER" },
    areas: ["Saint-Laurent-du-Maroni", "Mana", "Apatou"],
  },
  {
    slug: "cpts-pays-de-morlaix",
    name: "CPTS du Pays de Morlaix",
    region: "Bretagne",
    timeZone: "Europe/Paris",
    referencePrefix: "MRX",
    contactEmail: "contact@pays-de-morlaix.demo.test",
    brandColor: "#1d4e89",
    territoryDescription:
      "Du Trégor finistérien aux monts d'Arrée, de Morlaix à Carantec et Saint-Pol-de-Léon : un territoire entre terre et mer, qui accueille chaque année de nouveaux soignants.",
    welcomeText:
      "Bienvenue en Pays de Morlaix ! Nous accompagnons les professionnel·les de santé qui s'installent chez nous : recherche de logement, crèche aux horaires décalés, locaux professionnels et aides à l'installation.",
    commitmentText:
      "En échange de cet accompagnement gratuit, je m'engage à adhérer à la CPTS du Pays de Morlaix une fois installé·e.",
    people: [
      { email: "coordination@pays-de-morlaix.demo.test", name: "Anne Le Goff", role: "COORDINATOR" },
      { email: "accueil@pays-de-morlaix.demo.test", name: "Yann Kerhervé", role: "STAFF" },
      { email: "gwenola.tanguy@pays-de-morlaix.demo.test", name: "Dr Gwenola Tanguy", role: "MEMBER" },
      { email: "erwan.morvan@pays-de-morlaix.demo.test", name: "Erwan Morvan", role: "MEMBER" },
      { email: "claire.le-bihan@pays-de-morlaix.demo.test", name: "Claire Le Bihan", role: "MEMBER" },
      { email: "thomas.guivarch@pays-de-morlaix.demo.test", name: "Thomas Guivarc'h", role: "MEMBER" },
    ],
    pendingInvitation: { email: "kine.carantec@pays-de-morlaix.demo.test", role: "STAFF" },
    areas: ["Morlaix", "Carantec", "Saint-Pol-de-Léon"],
  },
];

export const PLATFORM_ADMIN = { email: "admin@conciergerie.demo.test", name: "Équipe plateforme" };

/** Idempotent: upserts by slug and email, so running it twice changes nothing. */
export async function seedDemo(db: PrismaClient): Promise<DemoSummary> {
  const summary: DemoSummary = { tenants: [], accounts: [] };
  await db.user.upsert({
    where: { email: PLATFORM_ADMIN.email },
    update: { isPlatformAdmin: true },
    create: {
      email: PLATFORM_ADMIN.email,
      name: PLATFORM_ADMIN.name,
      isPlatformAdmin: true,
      emailVerified: new Date(),
    },
  });
  summary.accounts.push({ ...PLATFORM_ADMIN, role: "PLATFORM_ADMIN", tenantSlug: null });

  for (const demo of DEMO_TENANTS) {
    const { people, pendingInvitation, slug, areas, ...fields } = demo;
    const tenant = await db.tenant.upsert({ where: { slug }, update: fields, create: { slug, ...fields } });
    summary.tenants.push({ slug, name: tenant.name });
    const coordinatorIds: string[] = [];
    for (const person of people) {
      const user = await db.user.upsert({
        where: { email: person.email },
        update: { name: person.name },
        create: { email: person.email, name: person.name, emailVerified: new Date() },
      });
      const membership = await db.membership.upsert({
        where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } },
        update: {},
        create: { tenantId: tenant.id, userId: user.id, role: person.role },
      });
      if (person.role === "COORDINATOR") coordinatorIds.push(user.id);
      const audited = await db.auditLog.count({ where: { tenantId: tenant.id, targetId: membership.id } });
      if (!audited) {
        await db.auditLog.create({
          data: {
            tenantId: tenant.id,
            actorId: coordinatorIds[0] ?? null,
            action: "membership.created",
            targetType: "Membership",
            targetId: membership.id,
            details: { role: person.role, source: "démo" },
          },
        });
      }
      summary.accounts.push({ email: person.email, name: person.name, role: person.role, tenantSlug: slug });
    }
    const staffPerson = people.find((p) => p.role === "STAFF")!;
    const staffUser = await db.user.findUniqueOrThrow({ where: { email: staffPerson.email } });
    await seedDemoRequests(
      db,
      { id: tenant.id, referencePrefix: fields.referencePrefix, areas },
      { id: staffUser.id, label: staffPerson.name },
    );
    await seedDemoMembers(
      db,
      { id: tenant.id, areas },
      people.map((p) => p.email),
    );
    await seedDemoPortal(db, { id: tenant.id, name: tenant.name, place: areas[0] });
    await seedDemoNetwork(db, { id: tenant.id, slug }, staffUser.id);
    await seedDemoFollowUp(db, { id: tenant.id, timeZone: tenant.timeZone });
    await seedDemoHousing(db, { id: tenant.id, slug, referencePrefix: fields.referencePrefix }, staffUser.id);
    const invited = await db.invitation.count({ where: { tenantId: tenant.id, email: pendingInvitation.email } });
    if (!invited) {
      await db.invitation.create({
        data: {
          tenantId: tenant.id,
          email: pendingInvitation.email,
          role: pendingInvitation.role,
          tokenHash: hashLinkToken(newLinkToken()),
          expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
          invitedById: coordinatorIds[0] ?? null,
        },
      });
    }
    await seedFailedEmail(db, tenant.id, fields.contactEmail);
  }
  return summary;
}

/** One email the SMTP server refused, so the emails page shows a failure and "Réessayer" can be tried. */
async function seedFailedEmail(db: PrismaClient, tenantId: string, contactEmail: string) {
  const kind = "demo.failed";
  if (await db.outboundEmail.count({ where: { tenantId, kind } })) return;
  await db.outboundEmail.create({
    data: {
      tenantId,
      kind,
      to: contactEmail,
      subject: "Compte rendu de la réunion des partenaires",
      text: "Bonjour,\n\nVoici le compte rendu de la réunion des partenaires.\n",
      html: "<p>Bonjour,</p><p>Voici le compte rendu de la réunion des partenaires.</p>",
      status: "FAILED",
      attempts: 5,
      lastError: "550 5.1.1 Boîte aux lettres indisponible",
      lastTriedAt: new Date(),
    },
  });
}
