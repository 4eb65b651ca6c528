import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { announcementAudience } from "@/lib/members/announce";
import { findUnsubscribeTarget, unsubscribeToken } from "@/lib/members/unsubscribe";

import { actAs } from "./support/act-as";
import { createTestTenant, createUser, type TestTenant } from "./support/factories";

const { createEventAction: createEvent } = await import("@/lib/events/actions");
const { createOfferAction: createOffer, createPartnerAction: createPartner } = await import("@/lib/offers/actions");
const oneClick = await import("@/app/[tenant]/unsubscribe/[token]/one-click/route");

let a: TestTenant;
let b: TestTenant;
const event = {
  title: "Soirée des soignants",
  description: "",
  kind: "SOIREE_SOIGNANTS" as const,
  startsAt: "2027-06-20T19:00",
  endsAt: "2027-06-20T23:00",
  registrationDeadline: "2027-06-10T18:00",
  place: "Morlaix",
  capacity: 40,
  priceMember: 0,
  priceCompanion: 0,
  maxCompanions: 1,
  audience: "MEMBERS" as const,
  publish: true,
};
const emails = (kind: string) =>
  db.outboundEmail.findMany({ where: { tenantId: a.tenant.id, kind }, orderBy: { createdAt: "asc" } });
async function publishOffer(title: string) {
  actAs(a.staff);
  const partner = await db.partner.findFirstOrThrow({ where: { tenantId: a.tenant.id } });
  const result = await createOffer(a.tenant.slug, {
    partnerId: partner.id,
    title,
    description: "",
    discount: "-10 %",
    howToClaim: "Code",
    conditions: "",
    validFrom: "2026-01-01",
    validUntil: "",
    audience: "MEMBERS",
    publish: true,
  });
  expect(result).toMatchObject({ ok: true });
}
const call = (method: "GET" | "POST", slug: string, token: string, body?: string) =>
  oneClick[method](
    new Request(`http://localhost/${slug}/unsubscribe/${token}/one-click`, {
      method,
      body,
      headers: body ? { "content-type": "application/x-www-form-urlencoded" } : undefined,
    }),
    { params: Promise.resolve({ tenant: slug, token }) },
  );

beforeAll(async () => {
  a = await createTestTenant("consent-a");
  b = await createTestTenant("consent-b");
  actAs(a.staff);
  await createPartner(a.tenant.slug, {
    name: "Cinéma La Salamandre",
    category: "LEISURE",
    address: "",
    phone: "",
    website: "",
    logoUrl: "",
    contactPerson: "",
    notes: "",
  });
});
beforeEach(() => {
  actAs(null);
});

describe("consent for announcements", () => {
  it("sends offer announcements only to members who opted in, event announcements unless they opted out", async () => {
    const newcomer = await createUser();
    const membership = await db.membership.create({
      data: { tenantId: a.tenant.id, userId: newcomer.id, role: "MEMBER" },
    });
    expect(membership).toMatchObject({ notifyOffers: false, notifyEvents: true });

    expect(await announcementAudience(a.tenant.id, "offers")).toBe(0);
    await publishOffer("Séance à 5 €");
    expect(await emails("offer.announced")).toEqual([]);

    expect(await announcementAudience(a.tenant.id, "events")).toBe(4);
    actAs(a.staff);
    expect(await createEvent(a.tenant.slug, event)).toMatchObject({ ok: true });
    expect((await emails("event.announced")).length).toBe(4);

    await db.membership.update({ where: { id: a.member.membershipId }, data: { notifyOffers: true } });
    expect(await announcementAudience(a.tenant.id, "offers")).toBe(1);
    await publishOffer("Séance à 4 €");
    expect((await emails("offer.announced")).map((m) => m.to)).toEqual([a.member.email]);
  });

  it("puts a one-click unsubscribe link in every announcement, for that member and topic only", async () => {
    const [mail] = await emails("offer.announced");
    const token = unsubscribeToken("offers", a.member.membershipId);
    expect(mail.unsubscribeUrl).toMatch(new RegExp(`/${a.tenant.slug}/unsubscribe/${token}/one-click$`));
    expect(mail.text).toContain(`/${a.tenant.slug}/unsubscribe/${token}`);
    for (const m of await emails("event.announced")) expect(m.unsubscribeUrl).toMatch(/\/unsubscribe\/events\./);
    // A forged or altered token, or another tenant's URL, finds no one.
    expect(await findUnsubscribeTarget(a.tenant.id, token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBe(null);
    expect(await findUnsubscribeTarget(a.tenant.id, `offers.${a.staff.membershipId}.${token.split(".")[2]}`)).toBe(
      null,
    );
    expect(await findUnsubscribeTarget(b.tenant.id, token)).toBe(null);
  });

  it("unsubscribes on POST only: a GET shows the confirmation and changes nothing", async () => {
    const token = unsubscribeToken("offers", a.member.membershipId);
    const notifyOffers = async () =>
      (await db.membership.findUniqueOrThrow({ where: { id: a.member.membershipId } })).notifyOffers;

    const get = await call("GET", a.tenant.slug, token);
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toMatch(new RegExp(`/${a.tenant.slug}/unsubscribe/${token}$`));
    expect(await notifyOffers()).toBe(true);

    expect((await call("POST", b.tenant.slug, token, "List-Unsubscribe=One-Click")).status).toBe(404);
    expect(await notifyOffers()).toBe(true);

    const post = await call("POST", a.tenant.slug, token, "List-Unsubscribe=One-Click");
    expect(post.status).toBe(200);
    expect(await notifyOffers()).toBe(false);
    // Event announcements are a separate choice, left as they were.
    expect((await db.membership.findUniqueOrThrow({ where: { id: a.member.membershipId } })).notifyEvents).toBe(true);
    expect(await db.auditLog.count({ where: { tenantId: a.tenant.id, action: "announcements.unsubscribed" } })).toBe(1);

    const fromPage = await call("POST", a.tenant.slug, token, "source=page");
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get("location")).toMatch(/\?done=1$/);
  });
});
