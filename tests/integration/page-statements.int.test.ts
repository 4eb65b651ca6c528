import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { dashboardData } from "@/lib/dashboard/home";
import { db } from "@/lib/db";
import { getStaffEvent, listPortalEvents, listStaffEvents, portalMember } from "@/lib/events/queries";
import { registrationsOf } from "@/lib/events/staff";
import { listUnits, pendingAsks, searchFreeUnits } from "@/lib/housing/queries";
import { parseHousingSearch } from "@/lib/housing/search-params";
import { ZEmailsQuery } from "@/lib/mail/list-query";
import { listTenantEmails } from "@/lib/mail/queries";
import { announcementAudience } from "@/lib/members/announce";
import { searchDirectory } from "@/lib/members/directory";
import { importMembers } from "@/lib/members/import";
import { getMyProfile } from "@/lib/members/profile";
import { getMemberForStaff, listMembers, listPendingInvitations } from "@/lib/members/queries";
import { ZDirectoryQuery, ZMemberFilters } from "@/lib/members/schemas";
import { getOfferForEdit, getPartner } from "@/lib/offers/queries";
import { ZPortalOffersQuery } from "@/lib/offers/schemas";
import { listPortalOffers, listVisibleOffers, partnerReport } from "@/lib/offers/service";
import { findEmailChange } from "@/lib/requests/email-change";
import { ZRequestFilters } from "@/lib/requests/filters";
import { submitIntake } from "@/lib/requests/intake";
import {
  BOARD_COLUMN_SIZE,
  getRequestPage,
  getTrackingPage,
  listBoard,
  listRequests,
  type RequestPage,
} from "@/lib/requests/queries";
import { searchWorkspace } from "@/lib/search/queries";
import { can, type Permission } from "@/lib/tenancy/permissions";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { actAs } from "./support/act-as";
import { countStatements } from "./support/count-statements";
import {
  actorOf,
  createTestEvent,
  createTestPartner,
  createTestTenant,
  type Person,
  type TestTenant,
} from "./support/factories";
import { intakeInput } from "./support/intake";

// After act-as (imported above, its mocks registered): the guard reads the caller actAs() chose.
const { requireTenantPage } = await import("@/lib/tenancy/guard");

// Issue 11: each page's data in a bounded number of SQL statements, whatever the number of rows. Each case
// runs the page's guard and the loaders the page calls, as the page calls them; the statements are counted
// at the driver (BEGIN and COMMIT included). A request over HTTP adds one statement: the session, read
// with its user and their spaces (lib/auth/adapter.ts), which the staff list's budget of 5 includes.
let t: TestTenant;
let requestId: string;
let trackingToken: string;
let emailChangeToken: string;
let eventId: string;
let partnerId: string;
let offerId: string;
let installedId: string;

beforeAll(async () => {
  t = await createTestTenant("stmts");
  await db.tenant.update({ where: { id: t.tenant.id }, data: { referencePrefix: "STM" } });
  const intakeTenant = { ...t.tenant, referencePrefix: "STM", firstResponseDays: 2 };
  // Enough rows that a query per row (or per column, per stage) would show.
  for (let i = 0; i < BOARD_COLUMN_SIZE + 5; i++) {
    await submitIntake(intakeTenant, intakeInput(), { ip: `10.0.0.${i}` });
  }
  const requests = await db.installationRequest.findMany({
    where: { tenantId: t.tenant.id },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  requestId = requests[0].id;
  await db.installationRequest.updateMany({
    where: { id: { in: requests.slice(0, 3).map((r) => r.id) } },
    data: { assigneeId: t.staff.id, stage: "QUALIFIED" },
  });
  installedId = requests.at(-1)!.id;
  await db.installationRequest.update({
    where: { id: installedId },
    data: { stage: "INSTALLED", installedAt: new Date() },
  });
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { tenantId: t.tenant.id, kind: "request.received" },
    orderBy: { createdAt: "asc" },
  });
  trackingToken = mail.text.match(/\/track\/([A-Za-z0-9_-]{43})/)![1];
  emailChangeToken = newLinkToken();
  await db.requestEmailChange.create({
    data: {
      tenantId: t.tenant.id,
      requestId,
      newEmail: "nouvelle@exemple.test",
      tokenHash: hashLinkToken(emailChangeToken),
      expiresAt: new Date(Date.now() + 3600 * 1000),
    },
  });
  const event = await createTestEvent(t.tenant.id, { audience: "MEMBERS_AND_NEWCOMERS" });
  eventId = event.id;
  await createTestEvent(t.tenant.id, { title: "Deuxième soirée" });
  for (const who of [t.member, t.staff, t.coordinator]) {
    await db.eventRegistration.create({
      data: { tenantId: t.tenant.id, eventId, membershipId: who.membershipId, status: "CONFIRMED", seats: 1 },
    });
  }
  await db.householdMember.create({
    data: { tenantId: t.tenant.id, membershipId: t.member.membershipId, firstName: "Léa", relation: "CHILD" },
  });
  partnerId = (await createTestPartner(t.tenant.id)).id;
  await createTestPartner(t.tenant.id, "Librairie du quai");
  for (const audience of ["MEMBERS", "MEMBERS_AND_NEWCOMERS"] as const) {
    const offer = await db.offer.create({
      data: {
        tenantId: t.tenant.id,
        partnerId,
        title: `Remise ${audience}`,
        discount: "10 %",
        howToClaim: "CODE10",
        validFrom: new Date("2026-01-01"),
        audience,
        status: "PUBLISHED",
      },
    });
    offerId = offer.id;
  }
  await fillEverySection();
});

/**
 * Rows in every section of the request pages (staff and newcomer): a note and messages, a referral with
 * its contact, an aid that fits and one sent, a unit that is free for the stay asked for and one already
 * offered, an event registration; and check-ins (one with its task) on an installed request.
 */
async function fillEverySection() {
  const tenantId = t.tenant.id;
  const needs = await db.requestNeed.findMany({ where: { tenantId, requestId }, select: { id: true, type: true } });
  await db.requestNote.create({ data: { tenantId, requestId, authorId: t.staff.id, body: "Appelée ce matin." } });
  await db.requestMessage.create({ data: { tenantId, requestId, author: "STAFF", body: "Bonjour Camille" } });
  await db.requestMessage.create({ data: { tenantId, requestId, author: "NEWCOMER", body: "Merci !" } });
  for (const name of ["École Jules-Ferry", "Pôle emploi du port"]) {
    const actor = await db.networkActor.create({
      data: { tenantId, name, category: "OTHER", needTypes: ["SCHOOL", "SPOUSE_JOB"], communes: [] },
    });
    const contact = await db.networkContact.create({ data: { tenantId, actorId: actor.id, name: "Mme Le Goff" } });
    if (name.startsWith("École")) {
      await db.referral.create({
        data: {
          tenantId,
          requestId,
          needId: needs.find((n) => n.type === "SCHOOL")!.id,
          actorId: actor.id,
          contactId: contact.id,
          status: "CONTACTED",
          consent: "ACCEPTED",
          actorTokenExpiresAt: new Date(Date.now() + 86_400_000),
        },
      });
    }
  }
  for (const name of ["Prime d'installation", "Contrat de début d'exercice"]) {
    const aid = await db.installationAid.create({
      data: { tenantId, name, funder: "ARS", professions: [], practiceModes: [] },
    });
    if (name.startsWith("Prime")) await db.requestAidSent.create({ data: { tenantId, requestId, aidId: aid.id } });
  }
  for (const [name, area] of [
    ["Studio du bourg", "Ouest guyanais"],
    ["Maison des internes", "Ouest guyanais"],
  ]) {
    const unit = await db.housingUnit.create({
      data: {
        tenantId,
        name,
        commune: name.startsWith("Studio") ? "Saint-Laurent-du-Maroni" : "Mana",
        area,
        kind: "HOUSE",
        beds: 4,
        audiences: ["NEWCOMERS"],
      },
    });
    if (name.startsWith("Studio")) {
      await db.housingBooking.create({
        data: {
          tenantId,
          unitId: unit.id,
          requestId,
          arrival: new Date("2027-01-01"),
          departure: new Date("2027-01-15"),
          audience: "NEWCOMERS",
          status: "OPTION",
          optionExpiresAt: new Date(Date.now() + 86_400_000),
        },
      });
    }
  }
  await db.eventRegistration.create({ data: { tenantId, eventId, requestId, status: "CONFIRMED", seats: 1 } });
  for (const milestone of [3, 6]) {
    const checkIn = await db.followUpCheckIn.create({
      data: {
        tenantId,
        requestId: installedId,
        milestone,
        tokenHash: `stmts-${milestone}-${installedId}`,
        expiresAt: new Date(Date.now() + 86_400_000),
        answeredAt: milestone === 3 ? new Date() : null,
        settledScore: milestone === 3 ? 2 : null,
        wantsToTalk: milestone === 3,
      },
    });
    if (milestone === 3) {
      await db.followUpTask.create({
        data: { tenantId, requestId: installedId, checkInId: checkIn.id, dueDate: new Date("2027-01-05") },
      });
    }
  }
}

async function guard(who: Person | null, permission: Permission | null) {
  actAs(who);
  return requireTenantPage(t.tenant.slug, permission as Permission, "/");
}

/** The request page's data has a row in each of its sections (so that a query per section would show). */
function everySection(page: RequestPage | null) {
  if (!page) return false;
  const { request, network, housing } = page;
  const sections = [
    request.needs,
    request.messages,
    request.notes,
    request.events,
    page.staff,
    page.registrations,
    network.referrals,
    network.fits,
    network.aids,
    network.sent,
    housing?.bookings ?? [],
  ];
  return sections.every((rows) => rows.length > 0);
}

const noQuery = <S extends { parse: (q: object) => unknown }>(schema: S) => schema.parse({}) as ReturnType<S["parse"]>;

const PAGES: [string, number, () => Promise<unknown>][] = [
  [
    "staff requests list",
    4, // + the session = 5
    async () => {
      const { tenant, user } = await guard(t.staff, "requests.view");
      return listRequests({ tenantId: tenant.id, userId: user.id }, noQuery(ZRequestFilters));
    },
  ],
  [
    "staff requests list, every filter",
    4,
    async () => {
      const { tenant, user } = await guard(t.staff, "requests.view");
      const filters = ZRequestFilters.parse({ q: "mar", need: "SCHOOL", profession: "SAGE_FEMME", sort: "arrival" });
      return listRequests(
        { tenantId: tenant.id, userId: user.id },
        { ...filters, arrival: "2027-03", assignee: user.id, page: 1 },
      );
    },
  ],
  [
    "staff requests board",
    5,
    async () => {
      const { tenant, user } = await guard(t.staff, "requests.view");
      return listBoard({ tenantId: tenant.id, userId: user.id }, ZRequestFilters.parse({ view: "board" }));
    },
  ],
  [
    "staff request page (every section filled, housing search)",
    5,
    async () => {
      const { tenant, role } = await guard(t.staff, "requests.view");
      const page = await getRequestPage(tenant, requestId, { housing: can(role, "housing.manage"), housingQuery: {} });
      return everySection(page) && page!.housing!.results!.length > 0 && page!.invitable.length > 0 && page;
    },
  ],
  [
    "staff request page, installed (check-ins)",
    5,
    async () => {
      const { tenant, role } = await guard(t.staff, "requests.view");
      const page = await getRequestPage(tenant, installedId, {
        housing: can(role, "housing.manage"),
        housingQuery: {},
      });
      return page!.followUp!.checkIns.length === 2 && page!.followUp!.checkIns[1].task && page;
    },
  ],
  [
    "staff housing page with a search",
    5,
    async () => {
      const { tenant } = await guard(t.staff, "housing.manage");
      const search = parseHousingSearch({
        arrival: "2027-03-01",
        departure: "2027-03-20",
        commune: "saint-laurent-du-maroni",
      });
      const [units, asks, results] = await Promise.all([
        listUnits(tenant.id, 1),
        pendingAsks(tenant.id),
        searchFreeUnits(tenant.id, search!),
      ]);
      return units.rows.length && results.length === 2 && asks;
    },
  ],
  [
    "staff members list",
    5,
    async () => {
      const { tenant } = await guard(t.staff, "members.view");
      return Promise.all([
        listMembers(tenant.id, { ...noQuery(ZMemberFilters), currentYear: 2026 }),
        listPendingInvitations(tenant.id),
      ]);
    },
  ],
  [
    "staff member page",
    5,
    async () => {
      const { tenant } = await guard(t.staff, "members.view");
      return getMemberForStaff(tenant.id, t.member.membershipId);
    },
  ],
  [
    "staff events list",
    5,
    async () => {
      const { tenant } = await guard(t.coordinator, "events.manage");
      return Promise.all([listStaffEvents(tenant.id), announcementAudience(tenant.id, "events")]);
    },
  ],
  [
    "staff event page",
    5,
    async () => {
      const { tenant } = await guard(t.coordinator, "events.manage");
      await getStaffEvent(tenant.id, eventId);
      return Promise.all([registrationsOf(tenant.id, eventId), announcementAudience(tenant.id, "events")]);
    },
  ],
  [
    "staff partners and offers",
    5,
    async () => {
      const { tenant } = await guard(t.staff, "partners.manage");
      return Promise.all([partnerReport(tenant.id), announcementAudience(tenant.id, "offers")]);
    },
  ],
  [
    "staff partner page",
    5,
    async () => {
      const { tenant } = await guard(t.staff, "partners.manage");
      return getPartner(tenant.id, partnerId);
    },
  ],
  [
    "staff offer page",
    5,
    async () => {
      const { tenant } = await guard(t.staff, "partners.manage");
      return Promise.all([getOfferForEdit(tenant.id, offerId), announcementAudience(tenant.id, "offers")]);
    },
  ],
  [
    "staff emails",
    5,
    async () => {
      const { tenant } = await guard(t.coordinator, "emails.view");
      return listTenantEmails(tenant.id, noQuery(ZEmailsQuery));
    },
  ],
  [
    "portal offers",
    5,
    async () => {
      const { tenant } = await guard(t.member, "portal.view");
      return listPortalOffers(tenant, noQuery(ZPortalOffersQuery));
    },
  ],
  [
    "portal events",
    5,
    async () => {
      const { tenant, user } = await guard(t.member, "portal.view");
      const member = await portalMember(tenant.id, user.id);
      return listPortalEvents(tenant.id, { membershipId: member!.id, page: 1 });
    },
  ],
  [
    "portal directory",
    5,
    async () => {
      const { tenant } = await guard(t.member, "directory.view");
      return searchDirectory(tenant.id, noQuery(ZDirectoryQuery));
    },
  ],
  [
    "staff search (requests, members, network actors)",
    5,
    async () => {
      const { tenant } = await guard(t.staff, "requests.view");
      return searchWorkspace(tenant, "camille morlaix");
    },
  ],
  [
    "portal profile",
    5,
    async () => {
      return getMyProfile(await guard(t.member, "portal.view"));
    },
  ],
  [
    "tracking page (anonymous)",
    5,
    async () => {
      const { tenant } = await guard(null, null);
      const page = await getTrackingPage(tenant.id, trackingToken);
      const offers = await listVisibleOffers(tenant, "NEWCOMER", {});
      const filled = [page!.registrations, page!.referrals, page!.aids, page!.bookings, page!.request.messages, offers];
      return filled.every((rows) => rows.length > 0) && page;
    },
  ],
  [
    "email change confirmation page (anonymous)",
    2,
    async () => {
      const { tenant } = await guard(null, null);
      return findEmailChange(tenant.id, emailChangeToken);
    },
  ],
];

describe("each page's data in a few SQL statements (issue 11)", () => {
  it.each(PAGES)("%s: at most %i statements besides the session", async (_name, budget, work) => {
    const { result, statements } = await countStatements(work);
    expect(result).toBeTruthy();
    expect(statements.length, statements.join("\n\n")).toBeLessThanOrEqual(budget);
  });

  it("the list finds what the filters describe, in one statement for its data", async () => {
    actAs(t.staff);
    const { tenant, user } = await guard(t.staff, "requests.view");
    const all = await listRequests({ tenantId: tenant.id, userId: user.id }, noQuery(ZRequestFilters));
    expect(all.total).toBe(BOARD_COLUMN_SIZE + 5);
    expect(all.counts).toEqual({ NEW: BOARD_COLUMN_SIZE + 1, QUALIFIED: 3, INSTALLED: 1 });
    expect(all.staff.map((s) => s.id).sort()).toEqual([t.coordinator.id, t.staff.id].sort());
    const mine = await listRequests({ tenantId: tenant.id, userId: user.id }, ZRequestFilters.parse({ mine: "1" }));
    expect(mine.total).toBe(3);
    expect(mine.rows.every((r) => r.assignee?.email === t.staff.email)).toBe(true);
    const none = await listRequests({ tenantId: tenant.id, userId: user.id }, ZRequestFilters.parse({ q: "100%_\\" }));
    expect(none).toMatchObject({ total: 0, rows: [], pageCount: 1 });
    // Past the last page: no rows, the counts still there.
    const past = await listRequests({ tenantId: tenant.id, userId: user.id }, ZRequestFilters.parse({ page: "9" }));
    expect(past).toMatchObject({ total: BOARD_COLUMN_SIZE + 5, rows: [], counts: { QUALIFIED: 3 } });
    const { statements } = await countStatements(() =>
      listRequests({ tenantId: tenant.id, userId: user.id }, noQuery(ZRequestFilters)),
    );
    expect(statements).toHaveLength(1);
  });

  it("the board caps its columns and counts every card", async () => {
    const { tenant, user } = await guard(t.staff, "requests.view");
    const columns = await listBoard({ tenantId: tenant.id, userId: user.id }, ZRequestFilters.parse({ view: "board" }));
    expect(columns.map((c) => [c.stage, c.count, c.cards.length]).filter(([, n]) => n)).toEqual([
      ["NEW", BOARD_COLUMN_SIZE + 1, BOARD_COLUMN_SIZE],
      ["QUALIFIED", 3, 3],
      ["INSTALLED", 1, 1],
    ]);
  });
});

describe("the first page after a bulk import plans with fresh statistics (issue 11)", () => {
  const lastAnalyze = async () => {
    const [row] = await db.$queryRaw<{ at: Date | null }[]>`
      SELECT greatest(last_analyze, last_autoanalyze) AS at FROM pg_stat_user_tables WHERE relname = 'Membership'`;
    return row.at?.getTime() ?? 0;
  };

  it("analyses the members' tables after a large import", async () => {
    const before = await lastAnalyze();
    const lines = Array.from({ length: 250 }, (_, i) => `bulk-${i}@exemple.fr;Prénom;Nom${i};Infirmier;Morlaix;2026;`);
    const csv = ["email;prénom;nom;profession;lieu d'exercice;cotisations;annuaire", ...lines].join("\r\n");
    const report = await importMembers(actorOf(t, "staff"), csv, {
      mode: "strict",
      dryRun: false,
    });
    expect(report).toMatchObject({ imported: 250 });
    // pg_stat is updated asynchronously by the server: poll briefly.
    for (let i = 0; i < 50 && (await lastAnalyze()) <= before; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await lastAnalyze()).toBeGreaterThan(before);
  });
});

describe("pages read through lib/<feature>/queries.ts (house rule)", () => {
  const pages = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return pages(full);
      return name === "page.tsx" || name === "layout.tsx" ? [full] : [];
    });

  it("no page or layout imports the Prisma client", () => {
    const offenders = pages(path.resolve(import.meta.dirname, "../../app")).filter((file) =>
      /from "@\/lib\/db"/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("layouts take the reader's spaces from the session (read with it in one statement), not from a query", () => {
    const layouts = pages(path.resolve(import.meta.dirname, "../../app")).filter((file) => file.endsWith("layout.tsx"));
    const offenders = layouts.filter((file) => /\blistSpaces\b/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("the staff dashboard: tasks summary, today's counts and the year's indicators (issues 11 and 14)", () => {
  let d: TestTenant;

  beforeAll(async () => {
    d = await createTestTenant("stmts-dash");
    const tenant = { ...d.tenant, referencePrefix: "DSH", firstResponseDays: 2 };
    for (let i = 0; i < 4; i++) await submitIntake(tenant, intakeInput(), { ip: `10.0.1.${i}` });
    const requests = await db.installationRequest.findMany({
      where: { tenantId: d.tenant.id },
      select: { id: true, needs: { select: { id: true } } },
      orderBy: { createdAt: "asc" },
    });
    // Data in every source of tasks: first responses (the four requests), a need due today, a follow-up
    // call back, a referral awaiting the actor's answer; and rows for the indicators.
    await db.requestNeed.update({ where: { id: requests[0].needs[0].id }, data: { dueDate: new Date() } });
    const installed = requests[1].id;
    await db.installationRequest.update({
      where: { id: installed },
      data: { stage: "INSTALLED", installedAt: new Date(), firstResponseAt: new Date(), assigneeId: d.staff.id },
    });
    const checkIn = await db.followUpCheckIn.create({
      data: {
        tenantId: d.tenant.id,
        requestId: installed,
        milestone: 3,
        tokenHash: `stmts-${d.tenant.id}`,
        expiresAt: new Date(Date.now() + 86_400_000),
        answeredAt: new Date(),
        settledScore: 1,
      },
    });
    await db.followUpTask.create({
      data: { tenantId: d.tenant.id, requestId: installed, checkInId: checkIn.id, dueDate: new Date() },
    });
    const actor = await db.networkActor.create({
      data: { tenantId: d.tenant.id, name: "Agence du Port", category: "ESTATE_AGENCY", needTypes: [] },
    });
    await db.referral.create({
      data: {
        tenantId: d.tenant.id,
        requestId: requests[2].id,
        needId: requests[2].needs[0].id,
        actorId: actor.id,
        staffId: d.staff.id,
        status: "CONTACTED",
        consent: "ACCEPTED",
        contactedAt: new Date(),
      },
    });
    await createTestEvent(d.tenant.id, { audience: "MEMBERS" });
  });

  const dashboard = async () => {
    actAs(d.staff);
    const { tenant, user } = await requireTenantPage(d.tenant.slug, "admin.view", "/");
    // The admin layout's navigation takes the caller's spaces from the session: no statement of its own.
    return dashboardData(tenant, { userId: user.id, locale: "fr" });
  };

  it("runs the guard, the navigation and its data in at most 5 statements besides the session", async () => {
    const { result, statements } = await countStatements(dashboard);
    expect(new Set(result.tasks.map((task) => task.kind))).toEqual(
      new Set(["firstResponse", "need", "followUp", "referral"]),
    );
    expect(result.indicators.today.openRequests).toBe(4);
    expect(result.indicators.referrals.contacted).toBe(1);
    // Guard 1 + data 2 = 3, and the session: 4 of the budget of 6.
    expect(statements.length, statements.join("\n\n")).toBeLessThanOrEqual(3);
  });

  it("reads its data (indicators with today's counts, every source of tasks) in two statements", async () => {
    actAs(d.staff);
    const { tenant, user } = await requireTenantPage(d.tenant.slug, "admin.view", "/");
    const { statements } = await countStatements(() => dashboardData(tenant, { userId: user.id, locale: "fr" }));
    expect(statements, statements.join("\n\n")).toHaveLength(2);
  });
});
