import { createHash, randomBytes } from "node:crypto";

import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { NeedStatus, NeedType, PracticeMode, Profession, RequestStage } from "../../lib/generated/prisma/enums";

type DemoCase = {
  first: string;
  last: string;
  profession: Profession;
  mode: PracticeMode;
  from: string;
  country: string;
  area: string;
  stage: RequestStage;
  daysAgo: number;
  /** Installed or member: when (the follow-up's 3-month check-ins need three months and more). */
  installedDaysAgo?: number;
  arrivalInDays: number;
  partner?: string;
  children?: number[];
  needs: [NeedType, NeedStatus, object][];
  message?: string;
  staffMessage?: string;
  reply?: string;
  note?: string;
};

const CASES: DemoCase[] = [
  {
    first: "Camille",
    last: "Roussel",
    profession: "SAGE_FEMME",
    mode: "LIBERAL",
    from: "Lyon",
    country: "France",
    area: "{a0}",
    stage: "NEW",
    daysAgo: 1,
    arrivalInDays: 120,
    partner: "professeur des écoles",
    children: [4, 9],
    needs: [
      ["SPOUSE_JOB", "TODO", { profession: "professeur des écoles" }],
      ["TEMPORARY_HOUSING", "TODO", { from: "2027-03-01", to: "2027-05-31", budget: 900 }],
      ["SCHOOL", "TODO", { levels: "moyenne section, CM1" }],
    ],
    message: "Nous avons hâte de découvrir le territoire.",
  },
  {
    first: "Youssef",
    last: "Benali",
    profession: "MEDECIN_GENERALISTE",
    mode: "COLLABORATION",
    from: "Lille",
    country: "France",
    area: "{a1}",
    stage: "NEW",
    daysAgo: 6,
    arrivalInDays: 90,
    needs: [
      ["PRACTICE_PREMISES", "TODO", {}],
      ["FINANCIAL_AIDS", "TODO", {}],
    ],
  },
  {
    first: "Léa",
    last: "Fontaine",
    profession: "INFIRMIER",
    mode: "LIBERAL",
    from: "Toulouse",
    country: "France",
    area: "{a0}",
    stage: "QUALIFIED",
    daysAgo: 12,
    arrivalInDays: 60,
    needs: [
      ["LONG_TERM_HOUSING", "IN_PROGRESS", { mode: "RENT", budget: 850, rooms: 3 }],
      ["VEHICLE", "TODO", { mode: "BUY" }],
    ],
    staffMessage: "Bonjour Léa, nous avons deux appartements à vous proposer.",
    note: "Contact agence immobilière du centre à relancer.",
  },
  {
    first: "Hugo",
    last: "Lemaire",
    profession: "MASSEUR_KINESITHERAPEUTE",
    mode: "REMPLACEMENT",
    from: "Bruxelles",
    country: "Belgique",
    area: "{a2}",
    stage: "QUALIFIED",
    daysAgo: 20,
    arrivalInDays: 45,
    needs: [
      ["TEMPORARY_HOUSING", "IN_PROGRESS", { from: "2027-01-10", to: "2027-02-28", budget: 700 }],
      ["ADMIN_PROCEDURES", "TODO", { procedures: ["ORDRE", "URSSAF"] }],
    ],
  },
  {
    first: "Amina",
    last: "Traoré",
    profession: "MEDECIN_SPECIALISTE",
    mode: "SALARIAT",
    from: "Dakar",
    country: "Sénégal",
    area: "{a1}",
    stage: "IN_PROGRESS",
    daysAgo: 35,
    arrivalInDays: 30,
    partner: "comptable",
    children: [2],
    needs: [
      ["SPOUSE_JOB", "IN_PROGRESS", { profession: "comptable" }],
      ["CHILDCARE", "IN_PROGRESS", { ages: "2 ans", atypicalHours: true }],
      ["ADMIN_PROCEDURES", "DONE", { procedures: ["ARS", "ORDRE"] }],
    ],
    staffMessage: "Votre dossier à l'Ordre est validé.",
    reply: "Merci ! Avez-vous des nouvelles pour la crèche ?",
    note: "Crèche : horaires de nuit, voir l'assistante maternelle recommandée par la PMI.",
  },
  {
    first: "Thomas",
    last: "Girard",
    profession: "PHARMACIEN",
    mode: "LIBERAL",
    from: "Bordeaux",
    country: "France",
    area: "{a2}",
    stage: "IN_PROGRESS",
    daysAgo: 28,
    arrivalInDays: 20,
    needs: [
      ["FINANCIAL_AIDS", "IN_PROGRESS", {}],
      ["MENTORING", "DONE", {}],
    ],
  },
  {
    first: "Sarah",
    last: "Cohen",
    profession: "ORTHOPHONISTE",
    mode: "LIBERAL",
    from: "Paris",
    country: "France",
    area: "{a0}",
    stage: "IN_PROGRESS",
    daysAgo: 50,
    arrivalInDays: -5,
    needs: [
      ["PRACTICE_PREMISES", "IN_PROGRESS", {}],
      ["LONG_TERM_HOUSING", "DONE", { mode: "BUY", budget: 250000, rooms: 4 }],
    ],
  },
  {
    first: "Julien",
    last: "Moreau",
    profession: "CHIRURGIEN_DENTISTE",
    mode: "COLLABORATION",
    from: "Nantes",
    country: "France",
    area: "{a1}",
    stage: "INSTALLED",
    daysAgo: 130,
    installedDaysAgo: 100,
    arrivalInDays: -20,
    needs: [
      ["PRACTICE_PREMISES", "DONE", {}],
      ["VEHICLE", "DONE", { mode: "RENT" }],
    ],
    staffMessage: "Bienvenue ! Pensez à votre adhésion à la CPTS.",
  },
  {
    first: "Manon",
    last: "Petit",
    profession: "PSYCHOLOGUE",
    mode: "LIBERAL",
    from: "Montpellier",
    country: "France",
    area: "{a2}",
    stage: "INSTALLED",
    daysAgo: 150,
    installedDaysAgo: 95,
    arrivalInDays: -40,
    needs: [["MENTORING", "DONE", {}]],
  },
  {
    first: "Nicolas",
    last: "Laurent",
    profession: "MEDECIN_GENERALISTE",
    mode: "LIBERAL",
    from: "Strasbourg",
    country: "France",
    area: "{a0}",
    stage: "MEMBER",
    daysAgo: 200,
    installedDaysAgo: 120,
    arrivalInDays: -90,
    needs: [
      ["LONG_TERM_HOUSING", "DONE", { mode: "RENT", budget: 900, rooms: 4 }],
      ["SCHOOL", "DONE", { levels: "CE2" }],
    ],
  },
  {
    first: "Élodie",
    last: "Marchal",
    profession: "INFIRMIER",
    mode: "RENFORT_SAISONNIER",
    from: "Grenoble",
    country: "France",
    area: "{a1}",
    stage: "CLOSED",
    daysAgo: 70,
    arrivalInDays: 10,
    needs: [["TEMPORARY_HOUSING", "NOT_NEEDED", { from: "2026-12-01", to: "2027-02-28", budget: 600 }]],
  },
  {
    first: "Karim",
    last: "Haddad",
    profession: "MEDECIN_GENERALISTE",
    mode: "ETUDIANT_INTERNE",
    from: "Marseille",
    country: "France",
    area: "{a2}",
    stage: "NEW",
    daysAgo: 0,
    arrivalInDays: 150,
    needs: [["TEMPORARY_HOUSING", "TODO", { from: "2027-05-01", to: "2027-10-31", budget: 500 }]],
  },
];

const day = 24 * 3600 * 1000;

/** About a dozen requests per demo CPTS, over every stage, that read like real cases. Idempotent. */
export async function seedDemoRequests(
  db: PrismaClient,
  tenant: { id: string; referencePrefix: string; areas: string[] },
  staff: { id: string; label: string },
) {
  const existing = await db.installationRequest.count({ where: { tenantId: tenant.id } });
  if (existing > 0) return;
  const year = new Date().getUTCFullYear();
  for (const [index, c] of CASES.entries()) {
    const createdAt = new Date(Date.now() - c.daysAgo * day);
    const reference = `${tenant.referencePrefix}-${year}-${String(index + 1).padStart(4, "0")}`;
    const request = await db.installationRequest.create({
      data: {
        tenantId: tenant.id,
        reference,
        firstName: c.first,
        lastName: c.last,
        email:
          `${c.first}.${c.last}`
            .normalize("NFD")
            .replace(/[^\w.]/g, "")
            .toLowerCase() + "@exemple.test",
        phone: "06 12 34 56 78",
        profession: c.profession,
        practiceMode: c.mode,
        currentCity: c.from,
        currentCountry: c.country,
        desiredArrivalDate: new Date(
          new Date(Date.now() + c.arrivalInDays * day).toISOString().slice(0, 10) + "T00:00:00Z",
        ),
        practiceArea: c.area.replace(/\{a(\d)\}/, (_, i) => tenant.areas[Number(i)] ?? tenant.areas[0]),
        household: {
          partner: c.partner ? { profession: c.partner } : null,
          children: (c.children ?? []).map((age) => ({ age })),
        },
        message: c.message ?? "",
        consentAt: createdAt,
        commitmentAcceptedAt: createdAt,
        stage: c.stage,
        stageChangedAt: new Date(createdAt.getTime() + Math.min(c.daysAgo, 5) * day),
        createdAt,
        assigneeId: c.stage === "NEW" ? null : staff.id,
        installedAt: c.installedDaysAgo === undefined ? null : new Date(Date.now() - c.installedDaysAgo * day),
        closedAt: c.stage === "CLOSED" ? new Date(Date.now() - 10 * day) : null,
        closingReason: c.stage === "CLOSED" ? "WITHDRAWN" : null,
        firstResponseAt: c.stage === "NEW" ? null : new Date(createdAt.getTime() + day),
        trackingTokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        idempotencyKey: `demo-${index}`,
        submitterIpHash: "demo",
        needs: {
          createMany: {
            data: c.needs.map(([type, status, details]) => ({
              tenantId: tenant.id,
              type,
              status,
              details,
              assigneeId: status === "TODO" ? null : staff.id,
              dueDate: status === "IN_PROGRESS" ? new Date(Date.now() + (index % 2 ? -3 : 10) * day) : null,
            })),
          },
        },
      },
    });
    const events: { type: string; actorLabel: string; public: boolean; data?: object; createdAt: Date }[] = [
      { type: "request.created", actorLabel: `${c.first} ${c.last}`, public: true, createdAt },
    ];
    const path: RequestStage[] = ["QUALIFIED", "IN_PROGRESS", "INSTALLED", "MEMBER"];
    const reached = c.stage === "CLOSED" ? [] : path.slice(0, path.indexOf(c.stage) + 1);
    let from: RequestStage = "NEW";
    reached.forEach((to, i) => {
      events.push({
        type: "stage.changed",
        actorLabel: staff.label,
        public: true,
        data: { from, to },
        createdAt: new Date(createdAt.getTime() + (i + 1) * day),
      });
      from = to;
    });
    if (c.stage === "CLOSED")
      events.push({
        type: "stage.changed",
        actorLabel: `${c.first} ${c.last}`,
        public: true,
        data: { from: "NEW", to: "CLOSED", closingReason: "WITHDRAWN" },
        createdAt: new Date(Date.now() - 10 * day),
      });
    await db.requestEvent.createMany({
      data: events.map((e) => ({
        tenantId: tenant.id,
        requestId: request.id,
        actorId: null,
        actorLabel: e.actorLabel,
        type: e.type,
        public: e.public,
        data: e.data ?? {},
        createdAt: e.createdAt,
      })),
    });
    if (c.staffMessage)
      await db.requestMessage.create({
        data: {
          tenantId: tenant.id,
          requestId: request.id,
          author: "STAFF",
          authorUserId: staff.id,
          body: c.staffMessage,
          createdAt: new Date(createdAt.getTime() + day),
        },
      });
    if (c.reply)
      await db.requestMessage.create({
        data: {
          tenantId: tenant.id,
          requestId: request.id,
          author: "NEWCOMER",
          body: c.reply,
          createdAt: new Date(createdAt.getTime() + 2 * day),
        },
      });
    if (c.note)
      await db.requestNote.create({
        data: {
          tenantId: tenant.id,
          requestId: request.id,
          authorId: staff.id,
          body: c.note,
          createdAt: new Date(createdAt.getTime() + day),
        },
      });
  }
  await db.requestCounter.upsert({
    where: { tenantId_year: { tenantId: tenant.id, year } },
    update: { value: CASES.length },
    create: { tenantId: tenant.id, year, value: CASES.length },
  });
}
