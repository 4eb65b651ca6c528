import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import { asCurrentUser, createTestTenant, type TestTenant } from "./support/factories";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { createEventAction: createEvent, updateEventAction: updateEvent } = await import("@/lib/events/actions");
const {
  createOfferAction: createOffer,
  createPartnerAction: createPartner,
  updateOfferAction: updateOffer,
  updatePartnerAction: updatePartner,
  changeOfferStatusAction: changeOfferStatus,
} = await import("@/lib/offers/actions");
const { listVisibleOffers } = await import("@/lib/offers/service");
const { registerForEvent } = await import("@/lib/events/registration");

let a: TestTenant;
let b: TestTenant;
const event = {
  title: "Sortie kayak",
  description: "Sur la rivière de Morlaix",
  kind: "OUTING" as const,
  startsAt: "2027-06-20T09:00",
  endsAt: "2027-06-20T17:00",
  registrationDeadline: "2027-06-10T18:00",
  place: "Locquénolé",
  capacity: 2,
  priceMember: 10,
  priceCompanion: 5,
  maxCompanions: 1,
  audience: "MEMBERS" as const,
  publish: false,
};
const announcements = (kind: string) =>
  db.outboundEmail
    .findMany({ where: { tenantId: a.tenant.id, kind }, select: { to: true } })
    .then((r) => r.map((m) => m.to).sort());

beforeAll(async () => {
  a = await createTestTenant("pub-a");
  b = await createTestTenant("pub-b");
  // Only the member wants event news; only the staff member wants offer news.
  await db.membership.updateMany({
    where: { tenantId: a.tenant.id },
    data: { notifyEvents: false, notifyOffers: false },
  });
  await db.membership.update({ where: { id: a.member.membershipId }, data: { notifyEvents: true } });
  await db.membership.update({ where: { id: a.staff.membershipId }, data: { notifyOffers: true } });
});
beforeEach(() => {
  currentUser = null;
});

describe("editing and publishing events", () => {
  it("announces a draft once published, to the members who asked for it, and lets no one else edit it", async () => {
    currentUser = asCurrentUser(a.staff);
    expect(await createEvent(a.tenant.slug, event)).toMatchObject({ ok: true });
    const draft = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id, title: "Sortie kayak" } });
    expect(draft.status).toBe("DRAFT");
    expect(await announcements("event.announced")).toEqual([]);

    for (const [who, slug] of [
      [a.member, a.tenant.slug],
      [b.staff, a.tenant.slug],
      [b.staff, b.tenant.slug],
    ] as const) {
      currentUser = asCurrentUser(who);
      expect((await updateEvent(slug, { ...event, eventId: draft.id, title: "Piraté", publish: true })).ok).toBe(false);
    }
    expect((await db.event.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Sortie kayak");

    currentUser = asCurrentUser(a.staff);
    expect(
      await updateEvent(a.tenant.slug, {
        ...event,
        eventId: draft.id,
        audience: "MEMBERS_AND_NEWCOMERS",
        publish: true,
      }),
    ).toMatchObject({ ok: true, messageKey: "events.updated" });
    expect(await db.event.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "PUBLISHED",
      audience: "MEMBERS_AND_NEWCOMERS",
    });
    expect(await announcements("event.announced")).toEqual([a.member.email]);
    // Editing again does not announce twice.
    expect(
      await updateEvent(a.tenant.slug, { ...event, eventId: draft.id, place: "Carantec", publish: true }),
    ).toMatchObject({ ok: true });
    expect(await announcements("event.announced")).toEqual([a.member.email]);
  });

  it("never lowers capacity below the confirmed seats, and promotes the waitlist when seats are added", async () => {
    const e = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id, title: "Sortie kayak" } });
    const ctx = { tenant: a.tenant };
    await registerForEvent(ctx, {
      who: { tenantId: a.tenant.id, membershipId: a.member.membershipId, email: a.member.email },
      eventId: e.id,
      companions: 1,
    });
    await registerForEvent(ctx, {
      who: { tenantId: a.tenant.id, membershipId: a.coordinator.membershipId, email: a.coordinator.email },
      eventId: e.id,
      companions: 0,
    });
    expect(
      (
        await db.eventRegistration.findFirstOrThrow({
          where: { eventId: e.id, membershipId: a.coordinator.membershipId },
        })
      ).status,
    ).toBe("WAITLISTED");

    currentUser = asCurrentUser(a.staff);
    expect(await updateEvent(a.tenant.slug, { ...event, eventId: e.id, capacity: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { capacity: ["events.errors.capacityBelowTaken"] },
    });
    expect(await updateEvent(a.tenant.slug, { ...event, eventId: e.id, capacity: 3 })).toMatchObject({ ok: true });
    expect(
      (
        await db.eventRegistration.findFirstOrThrow({
          where: { eventId: e.id, membershipId: a.coordinator.membershipId },
        })
      ).status,
    ).toBe("CONFIRMED");
    expect(await db.outboundEmail.count({ where: { to: a.coordinator.email, kind: "event.promoted" } })).toBe(1);
  });

  it("checks dates in the tenant's time zone on edit too", async () => {
    const e = await db.event.findFirstOrThrow({ where: { tenantId: a.tenant.id, title: "Sortie kayak" } });
    currentUser = asCurrentUser(a.staff);
    expect(
      await updateEvent(a.tenant.slug, { ...event, eventId: e.id, capacity: 3, endsAt: "2027-06-20T08:00" }),
    ).toMatchObject({ ok: false, fieldErrors: { endsAt: ["errors.dateOrder"] } });
  });
});

describe("editing, publishing and archiving offers", () => {
  it("announces a first publication to members who asked, hides archived offers, and refuses other tenants", async () => {
    currentUser = asCurrentUser(a.staff);
    const kayak = {
      name: "Kayak Club",
      category: "LEISURE" as const,
      address: "",
      phone: "",
      website: "",
      logoUrl: "",
      contactPerson: "",
      notes: "",
    };
    await createPartner(a.tenant.slug, kayak);
    const partner = await db.partner.findFirstOrThrow({ where: { tenantId: a.tenant.id, name: "Kayak Club" } });
    const input = {
      partnerId: partner.id,
      title: "Location de kayak",
      description: "",
      discount: "-20 %",
      howToClaim: "Code SOIN20",
      conditions: "",
      validFrom: "2026-01-01",
      validUntil: "",
      audience: "MEMBERS" as const,
      publish: false,
    };
    expect(await createOffer(a.tenant.slug, input)).toMatchObject({ ok: true });
    const offer = await db.offer.findFirstOrThrow({ where: { partnerId: partner.id } });
    expect(await announcements("offer.announced")).toEqual([]);

    // Partners are edited by their own tenant's staff only; a logo must be an https image address.
    expect(
      await updatePartner(a.tenant.slug, {
        ...kayak,
        partnerId: partner.id,
        logoUrl: "http://kayak.exemple.fr/logo.png",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { logoUrl: ["offers.errors.https"] } });
    expect(
      await updatePartner(a.tenant.slug, {
        ...kayak,
        partnerId: partner.id,
        logoUrl: "https://kayak.exemple.fr/logo.png",
      }),
    ).toMatchObject({ ok: true });
    currentUser = asCurrentUser(b.staff);
    expect(await updatePartner(b.tenant.slug, { ...kayak, partnerId: partner.id, name: "Piraté" })).toMatchObject({
      ok: false,
      fieldErrors: { partnerId: ["errors.notFound"] },
    });
    currentUser = asCurrentUser(a.member);
    expect(await updatePartner(a.tenant.slug, { ...kayak, partnerId: partner.id, name: "Piraté" })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    expect(await db.partner.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({
      name: "Kayak Club",
      logoUrl: "https://kayak.exemple.fr/logo.png",
    });

    currentUser = asCurrentUser(b.staff);
    expect(await updateOffer(b.tenant.slug, { ...input, offerId: offer.id, title: "Piraté" })).toMatchObject({
      ok: false,
    });
    expect(await changeOfferStatus(b.tenant.slug, { offerId: offer.id, status: "PUBLISHED" })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    currentUser = asCurrentUser(a.member);
    expect(await changeOfferStatus(a.tenant.slug, { offerId: offer.id, status: "PUBLISHED" })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });

    currentUser = asCurrentUser(a.staff);
    expect(await updateOffer(a.tenant.slug, { ...input, offerId: offer.id, discount: "-25 %" })).toMatchObject({
      ok: true,
    });
    expect(await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      discount: "-25 %",
      status: "DRAFT",
    });
    expect(await changeOfferStatus(a.tenant.slug, { offerId: offer.id, status: "PUBLISHED" })).toMatchObject({
      ok: true,
    });
    expect(await announcements("offer.announced")).toEqual([a.staff.email]);
    const visible = () => listVisibleOffers(a.tenant, "MEMBER", {}).then((o) => o.map((x) => x.id));
    expect(await visible()).toContain(offer.id);

    expect(await changeOfferStatus(a.tenant.slug, { offerId: offer.id, status: "ARCHIVED" })).toMatchObject({
      ok: true,
      messageKey: "offers.archived",
    });
    expect(await visible()).not.toContain(offer.id);
    // Publishing again after archiving is not news.
    expect(await changeOfferStatus(a.tenant.slug, { offerId: offer.id, status: "PUBLISHED" })).toMatchObject({
      ok: true,
    });
    expect(await announcements("offer.announced")).toEqual([a.staff.email]);
  });
});
