import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { todayInTimeZone } from "@/lib/i18n/format";

import { actAs } from "./support/act-as";
import { countStatements } from "./support/count-statements";
import {
  createTestEvent,
  createTestHouseholdMember,
  createTestOffer,
  createTestPartner,
  createTestPerson,
  createTestRegistration,
  createTestTenant,
  type TestTenant,
} from "./support/factories";

// After act-as (imported above, its mocks registered).
const { registerToEventAction: registerToEvent } = await import("@/lib/events/actions");
const { listPortalEvents, PORTAL_EVENTS_PAGE_SIZE } = await import("@/lib/events/queries");
const { ZPortalEventsQuery } = await import("@/lib/events/schemas");
const { ZPortalOffersQuery } = await import("@/lib/offers/schemas");
const { listPortalOffers, PORTAL_OFFERS_PAGE_SIZE } = await import("@/lib/offers/service");

// Issue 11: the member's portal lists its upcoming events 10 per page and its offers 20 per page, as the
// pages call the loaders: the query string through its schema, then the loader.
const DAY = 86_400_000;
let a: TestTenant;
let b: TestTenant;
/** Tenant A's 25 upcoming published events, in the order the portal shows them. */
let upcoming: { id: string; title: string }[];
let otherTenantEvent: string;

const eventsPage = (t: TestTenant, membershipId: string, query: Record<string, string | string[] | undefined>) =>
  listPortalEvents(t.tenant.id, { membershipId, page: ZPortalEventsQuery.parse(query).page });

beforeAll(async () => {
  a = await createTestTenant("portal-pages");
  b = await createTestTenant("portal-pages-b");
  const start = Date.now() + 30 * DAY;
  const created: { id: string; title: string; startsAt: number }[] = [];
  // Created out of order; events 6 and 7 start at the same minute (the id decides, the same on every page).
  for (const i of [12, 3, 25, 1, 7, 6, 19, 11, 20, 2, 4, 5, 8, 9, 10, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24]) {
    const startsAt = start + (i === 7 ? 6 : i) * DAY;
    const e = await createTestEvent(a.tenant.id, { title: `Événement ${i}`, startsAt: new Date(startsAt) });
    created.push({ ...e, startsAt });
  }
  upcoming = created
    .sort((x, y) => x.startsAt - y.startsAt || (x.id < y.id ? -1 : 1))
    .map(({ id, title }) => ({ id, title }));
  // Not listed: a draft, a past event, an event that has ended, and another tenant's events.
  await createTestEvent(a.tenant.id, { title: "Brouillon", status: "DRAFT" });
  const past = await createTestEvent(a.tenant.id, { title: "Passé", startsAt: new Date(Date.now() - 10 * DAY) });
  otherTenantEvent = (await createTestEvent(b.tenant.id, { title: "Chez B", startsAt: new Date(start) })).id;
  await createTestEvent(b.tenant.id, { title: "Chez B encore", startsAt: new Date(start + 12 * DAY) });

  // The member: a registration on page 1 (the 10th, its last), one on page 2 (the 15th, with a companion),
  // one on the waiting list on page 3 (the 21st, its first); a cancelled one (the 5th) and one on the past
  // event are not theirs any more.
  const child = await createTestHouseholdMember(a.tenant.id, a.member.membershipId, { firstName: "Lou" });
  const mine = (n: number) => upcoming[n - 1].id;
  await createTestRegistration(a.tenant.id, { eventId: mine(10), membershipId: a.member.membershipId });
  const withChild = await createTestRegistration(
    a.tenant.id,
    { eventId: mine(15), membershipId: a.member.membershipId },
    { companions: 1, seats: 2 },
  );
  await db.eventCompanion.create({
    data: { tenantId: a.tenant.id, registrationId: withChild.id, householdMemberId: child.id },
  });
  await createTestRegistration(
    a.tenant.id,
    { eventId: mine(21), membershipId: a.member.membershipId },
    { status: "WAITLISTED", position: 1, seats: 1 },
  );
  await createTestRegistration(
    a.tenant.id,
    { eventId: mine(5), membershipId: a.member.membershipId },
    { status: "CANCELLED" },
  );
  await createTestRegistration(a.tenant.id, { eventId: past.id, membershipId: a.member.membershipId });
  // Someone else's seats count in the seats left, not in "Mes inscriptions".
  const other = await createTestPerson(a.tenant.id, "MEMBER");
  await createTestRegistration(a.tenant.id, { eventId: mine(15), membershipId: other.membershipId }, { seats: 3 });
  // Tenant B's member is registered on B's event.
  await createTestRegistration(b.tenant.id, { eventId: otherTenantEvent, membershipId: b.member.membershipId });
});

describe("the portal's events, 10 per page (issue 11)", () => {
  it("shows the first 10 upcoming events by start, then the 11th to the 20th, then the rest", async () => {
    const titles = async (page?: string) =>
      (await eventsPage(a, a.member.membershipId, { page })).events.map((e) => e.title);
    expect(PORTAL_EVENTS_PAGE_SIZE).toBe(10);
    expect(await titles()).toEqual(upcoming.slice(0, 10).map((e) => e.title));
    expect(await titles("2")).toEqual(upcoming.slice(10, 20).map((e) => e.title));
    expect(await titles("3")).toEqual(upcoming.slice(20).map((e) => e.title));
    const second = await eventsPage(a, a.member.membershipId, { page: "2" });
    expect(second).toMatchObject({ total: 25, pageCount: 3 });
    expect(second.events.map((e) => e.id)).toEqual(upcoming.slice(10, 20).map((e) => e.id));
    // Events 6 and 7 start together: each shows once over the pages.
    const all = [1, 2, 3].map(String).map((page) => eventsPage(a, a.member.membershipId, { page }));
    const ids = (await Promise.all(all)).flatMap((p) => p.events.map((e) => e.id));
    expect(ids).toEqual(upcoming.map((e) => e.id));
  });

  it("lists every upcoming registration of the member in Mes inscriptions, with the page of its event", async () => {
    const first = await eventsPage(a, a.member.membershipId, {});
    expect(first.registrations.map((r) => [r.eventId, r.status, r.page])).toEqual([
      [upcoming[9].id, "CONFIRMED", 1],
      [upcoming[14].id, "CONFIRMED", 2],
      [upcoming[20].id, "WAITLISTED", 3],
    ]);
    expect(first.registrations[1]).toMatchObject({ title: upcoming[14].title, companions: 1, names: ["Lou"] });
    // On page 1 the 10th event carries the member's registration; the others are open to register.
    expect(first.events[9].mine).toMatchObject({ status: "CONFIRMED" });
    expect(first.events.filter((e) => e.mine)).toHaveLength(1);
    // On page 2 the 15th event: the member's seat with their companion; 40 seats less 2 and 3.
    const second = await eventsPage(a, a.member.membershipId, { page: "2" });
    const fifteenth = second.events.find((e) => e.id === upcoming[14].id)!;
    expect(fifteenth).toMatchObject({ mine: { companions: 1, names: ["Lou"] }, seatsLeft: 35, open: true });
    expect(second.registrations).toEqual(first.registrations);
    // Someone with no registration has none, whatever the page.
    expect((await eventsPage(a, a.staff.membershipId, { page: "2" })).registrations).toEqual([]);
  });

  it("registering on page 2 adds the event to Mes inscriptions seen from page 1", async () => {
    const target = upcoming[12];
    const newcomer = await createTestPerson(a.tenant.id, "MEMBER");
    actAs(newcomer);
    expect(await registerToEvent(a.tenant.slug, { eventId: target.id, companionIds: [] })).toMatchObject({ ok: true });
    const first = await eventsPage(a, newcomer.membershipId, {});
    expect(first.registrations).toMatchObject([{ eventId: target.id, title: target.title, page: 2 }]);
    expect(first.events.some((e) => e.id === target.id)).toBe(false);
  });

  it.each([
    ["abc", 1],
    ["0", 1],
    ["-3", 1],
    ["2.5", 1],
    ["99999999999", 1],
    [["2", "3"], 1],
    ["3", 3],
  ])("?page=%j reads as page %i", (page, expected) => {
    expect(ZPortalEventsQuery.parse({ page }).page).toBe(expected);
  });

  it("a bad page is the first page; a page past the last has no events but the total and the registrations", async () => {
    const first = await eventsPage(a, a.member.membershipId, {});
    for (const page of ["abc", "0", "1e99", "99999999999"]) {
      expect(await eventsPage(a, a.member.membershipId, { page })).toEqual(first);
    }
    const past = await eventsPage(a, a.member.membershipId, { page: "9999" });
    expect(past).toMatchObject({ events: [], total: 25, pageCount: 3 });
    expect(past.registrations).toHaveLength(3);
  });

  it("never shows another tenant's events, nor counts them, nor its registrations", async () => {
    const pages = await Promise.all(["1", "2", "3"].map((page) => eventsPage(a, a.member.membershipId, { page })));
    const ids = pages.flatMap((p) => p.events.map((e) => e.id));
    expect(ids).not.toContain(otherTenantEvent);
    expect(pages.flatMap((p) => p.events.map((e) => e.title)).filter((t) => t.startsWith("Chez B"))).toEqual([]);
    // B's member, with A's tenant id: nothing of theirs; with their own tenant, only B's two events.
    expect((await eventsPage(a, b.member.membershipId, {})).registrations).toEqual([]);
    const own = await eventsPage(b, b.member.membershipId, {});
    expect(own).toMatchObject({ total: 2, pageCount: 1 });
    expect(own.registrations.map((r) => r.eventId)).toEqual([otherTenantEvent]);
    // A's member, with B's tenant id: B's events, none of A's registrations.
    expect((await eventsPage(b, a.member.membershipId, {})).registrations).toEqual([]);
  });

  it("reads a page in two statements, whatever the page (the page's budget is unchanged)", async () => {
    for (const page of ["1", "2", "9999"]) {
      const { statements } = await countStatements(() => eventsPage(a, a.member.membershipId, { page }));
      expect(statements).toHaveLength(2);
    }
  });
});

describe("the portal's offers, 20 per page (issue 11)", () => {
  let family: string[];
  let all: string[];
  let c: TestTenant;

  beforeAll(async () => {
    c = await createTestTenant("portal-offers");
    const today = todayInTimeZone(c.tenant.timeZone).getTime();
    const nursery = await createTestPartner(c.tenant.id, "Crèche des Lutins", { category: "FAMILY" });
    const garage = await createTestPartner(c.tenant.id, "Garage du port", { category: "VEHICLES" });
    // The list: ending first, then no end (newest first). 26 family offers ending on days 1..26, four
    // vehicle offers with no end.
    const made: { title: string; i: number }[] = [];
    for (const i of [9, 1, 26, 14, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]) {
      const offer = await createTestOffer(c.tenant.id, nursery.id, {
        title: `Famille ${i}`,
        validUntil: new Date(today + i * DAY),
      });
      made.push({ title: offer.title, i });
    }
    family = made.sort((x, y) => x.i - y.i).map((o) => o.title);
    const vehicles: string[] = [];
    for (const i of [1, 2, 3, 4]) {
      const created = await createTestOffer(c.tenant.id, garage.id, {
        title: `Véhicule ${i}`,
        createdAt: new Date(Date.now() - (10 - i) * DAY),
      });
      vehicles.unshift(created.title);
    }
    all = [...family, ...vehicles];
    // Not listed: a draft, an archived, an expired and a future offer; another tenant's offers.
    await createTestOffer(c.tenant.id, nursery.id, { title: "Brouillon", status: "DRAFT" });
    await createTestOffer(c.tenant.id, nursery.id, { title: "Archivée", status: "ARCHIVED" });
    await createTestOffer(c.tenant.id, nursery.id, { title: "Finie", validUntil: new Date(today - DAY) });
    await createTestOffer(c.tenant.id, nursery.id, { title: "À venir", validFrom: new Date(today + DAY) });
    const elsewhere = await createTestPartner(b.tenant.id, "Crèche de B", { category: "FAMILY" });
    for (let i = 0; i < 3; i++) await createTestOffer(b.tenant.id, elsewhere.id, { title: `Chez B ${i}` });
  });

  const offersPage = (query: Record<string, string | string[] | undefined>) =>
    listPortalOffers(c.tenant, ZPortalOffersQuery.parse(query));
  const titles = async (query: Record<string, string | string[] | undefined>) =>
    (await offersPage(query)).rows.map((o) => o.title);

  it("shows 20 offers per page in the list's order, with the total", async () => {
    expect(PORTAL_OFFERS_PAGE_SIZE).toBe(20);
    expect(await offersPage({})).toMatchObject({ total: 30, pageCount: 2 });
    expect(await titles({})).toEqual(all.slice(0, 20));
    expect(await titles({ page: "2" })).toEqual(all.slice(20));
  });

  it("pages within a category and a search", async () => {
    expect(await offersPage({ category: "FAMILY", page: "2" })).toMatchObject({ total: 26, pageCount: 2 });
    expect(await titles({ category: "FAMILY", page: "2" })).toEqual(family.slice(20));
    expect(await offersPage({ category: "VEHICLES" })).toMatchObject({ total: 4, pageCount: 1 });
    expect(await titles({ category: "VEHICLES", page: "2" })).toEqual([]);
    expect(await offersPage({ q: "garage" })).toMatchObject({ total: 4 });
    expect(await offersPage({ q: "lutins", category: "FAMILY", page: "2" })).toMatchObject({ total: 26 });
  });

  it("a bad page is the first page; a page past the last has no offers but the total", async () => {
    const first = await titles({});
    for (const page of ["abc", "0", "-1", "99999999999", ""]) expect(await titles({ page })).toEqual(first);
    expect(await offersPage({ page: "50" })).toMatchObject({ rows: [], total: 30, pageCount: 2 });
  });

  it("never shows nor counts another tenant's offers, nor drafts, archived, expired or future ones", async () => {
    const shown = [...(await titles({})), ...(await titles({ page: "2" }))];
    expect(shown.sort()).toEqual([...all].sort());
    expect(await listPortalOffers(b.tenant, ZPortalOffersQuery.parse({}))).toMatchObject({ total: 3 });
    expect((await listPortalOffers(a.tenant, ZPortalOffersQuery.parse({}))).total).toBe(0);
  });

  it("reads a page and its total in one statement", async () => {
    for (const query of [{}, { page: "2", category: "FAMILY" }, { page: "50", q: "port" }]) {
      const { statements } = await countStatements(() => offersPage(query));
      expect(statements).toHaveLength(1);
    }
  });
});
