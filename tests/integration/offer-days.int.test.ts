import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { formatCalendarDay, isoCalendarDay } from "@/lib/i18n/format";

import { actAs } from "./support/act-as";
import { createTestTenant, type TestTenant } from "./support/factories";

const {
  changeOfferStatusAction: changeOfferStatus,
  createOfferAction: createOffer,
  createPartnerAction: createPartner,
  revealOfferAction: revealOffer,
  updateOfferAction: updateOffer,
} = await import("@/lib/offers/actions");
const { claimableOffer, listVisibleOffers } = await import("@/lib/offers/service");

let paris: TestTenant;
let cayenne: TestTenant;
const partnerOf = async (t: TestTenant) => {
  actAs(t.staff);
  await createPartner(t.tenant.slug, {
    name: "Kayak Club",
    category: "LEISURE",
    address: "",
    phone: "",
    website: "",
    logoUrl: "",
    contactPerson: "",
    notes: "",
  });
  return db.partner.findFirstOrThrow({ where: { tenantId: t.tenant.id }, select: { id: true } });
};
const offer = (partnerId: string, extra: Record<string, unknown>) => ({
  partnerId,
  title: "Location",
  description: "",
  discount: "-20 %",
  howToClaim: "Code KAYAK20",
  conditions: "",
  validFrom: "2026-01-01",
  validUntil: "",
  audience: "MEMBERS" as const,
  publish: true,
  ...extra,
});
const titles = async (t: TestTenant, iso: string) =>
  (await listVisibleOffers(t.tenant, "MEMBER", { now: new Date(iso) })).map((o) => o.title).sort();
const announced = (t: TestTenant) =>
  db.outboundEmail.count({ where: { tenantId: t.tenant.id, kind: "offer.announced" } });

beforeAll(async () => {
  paris = await createTestTenant("days-paris");
  cayenne = await createTestTenant("days-cay");
  cayenne.tenant = await db.tenant.update({
    where: { id: cayenne.tenant.id },
    data: { timeZone: "America/Cayenne" },
    select: { id: true, slug: true, name: true, timeZone: true, firstResponseDays: true },
  });
  // Someone wants offer news in each tenant, so an announcement would show.
  await db.membership.updateMany({ where: {}, data: { notifyOffers: true } });
});
beforeEach(() => {
  actAs(null);
});

describe("offer validity in the CPTS's calendar days", () => {
  it("keeps the days as entered and counts them whole in Paris", async () => {
    const partner = await partnerOf(paris);
    const input = offer(partner.id, { title: "Mars", validFrom: "2027-03-01", validUntil: "2027-03-31" });
    expect(await createOffer(paris.tenant.slug, input)).toMatchObject({ ok: true });
    const stored = await db.offer.findFirstOrThrow({ where: { tenantId: paris.tenant.id, title: "Mars" } });
    expect(isoCalendarDay(stored.validFrom)).toBe("2027-03-01");
    expect(isoCalendarDay(stored.validUntil!)).toBe("2027-03-31");
    // What members and the partner report read: the day entered, not the next one.
    expect(formatCalendarDay(stored.validUntil!)).toBe("31 mars 2027");
    // First minute of the first day (CET, UTC+1) and last minute of the last day (CEST, UTC+2).
    expect(await titles(paris, "2027-02-28T22:59:00Z")).toEqual([]);
    expect(await titles(paris, "2027-02-28T23:00:00Z")).toEqual(["Mars"]);
    expect(await titles(paris, "2027-03-31T21:59:00Z")).toEqual(["Mars"]);
    expect(await titles(paris, "2027-03-31T22:00:00Z")).toEqual([]);
  });

  it("counts them whole in Cayenne (UTC-3), in the list and in the reveal", async () => {
    const partner = await partnerOf(cayenne);
    const input = offer(partner.id, { title: "Juin", validFrom: "2027-06-01", validUntil: "2027-06-30" });
    expect(await createOffer(cayenne.tenant.slug, input)).toMatchObject({ ok: true });
    expect(await titles(cayenne, "2027-06-01T02:59:00Z")).toEqual([]);
    expect(await titles(cayenne, "2027-06-01T03:00:00Z")).toEqual(["Juin"]);
    expect(await titles(cayenne, "2027-06-30T23:59:00Z")).toEqual(["Juin"]);
    expect(await titles(cayenne, "2027-07-01T02:59:00Z")).toEqual(["Juin"]);
    expect(await titles(cayenne, "2027-07-01T03:00:00Z")).toEqual([]);
    const juin = await db.offer.findFirstOrThrow({ where: { tenantId: cayenne.tenant.id, title: "Juin" } });
    const at = (iso: string) =>
      claimableOffer(cayenne.tenant, { offerId: juin.id, viewer: "MEMBER", now: new Date(iso) });
    await expect(at("2027-07-01T02:59:00Z")).resolves.toMatchObject({ howToClaim: "Code KAYAK20" });
    await expect(at("2027-07-01T03:00:00Z")).rejects.toMatchObject({ messageKey: "errors.notFound" });
    await expect(at("2027-06-01T02:59:00Z")).rejects.toMatchObject({ messageKey: "errors.notFound" });
  });
});

describe("expired offers stay closed", () => {
  it("refuses to reveal a replayed expired, future or draft offer id, and counts no view", async () => {
    const partner = await db.partner.findFirstOrThrow({ where: { tenantId: paris.tenant.id } });
    actAs(paris.staff);
    await createOffer(
      paris.tenant.slug,
      offer(partner.id, { title: "Expirée", publish: false, validUntil: "2026-02-01" }),
    );
    await createOffer(paris.tenant.slug, offer(partner.id, { title: "Future", validFrom: "2099-01-01" }));
    await createOffer(paris.tenant.slug, offer(partner.id, { title: "Courante" }));
    const byTitle = (title: string) => db.offer.findFirstOrThrow({ where: { tenantId: paris.tenant.id, title } });
    const expired = await byTitle("Expirée");
    // Published by a direct write, as an offer published earlier would be today.
    await db.offer.update({ where: { id: expired.id }, data: { status: "PUBLISHED" } });
    actAs(paris.member);
    for (const id of [expired.id, (await byTitle("Future")).id]) {
      expect(await revealOffer(paris.tenant.slug, { offerId: id })).toEqual({
        ok: false,
        formError: "errors.notFound",
      });
    }
    expect(await db.offerUse.count({ where: { tenantId: paris.tenant.id } })).toBe(0);
    expect(await revealOffer(paris.tenant.slug, { offerId: (await byTitle("Courante")).id })).toEqual({
      ok: true,
      data: { howToClaim: "Code KAYAK20" },
    });
    expect(await db.offerUse.count({ where: { tenantId: paris.tenant.id, kind: "VIEW" } })).toBe(1);
  });

  it("never announces an offer whose last day has passed, however it is published", async () => {
    const partner = await db.partner.findFirstOrThrow({ where: { tenantId: cayenne.tenant.id } });
    actAs(cayenne.staff);
    const before = await announced(cayenne);
    const past = { validFrom: "2026-01-01", validUntil: "2026-03-31" };
    expect(await createOffer(cayenne.tenant.slug, offer(partner.id, { title: "Passée", ...past }))).toMatchObject({
      ok: true,
    });
    await createOffer(cayenne.tenant.slug, offer(partner.id, { title: "Brouillon 1", ...past, publish: false }));
    await createOffer(cayenne.tenant.slug, offer(partner.id, { title: "Brouillon 2", ...past, publish: false }));
    const draft = (title: string) => db.offer.findFirstOrThrow({ where: { tenantId: cayenne.tenant.id, title } });
    const one = await draft("Brouillon 1");
    expect(await changeOfferStatus(cayenne.tenant.slug, { offerId: one.id, status: "PUBLISHED" })).toMatchObject({
      ok: true,
    });
    const two = await draft("Brouillon 2");
    const edit = offer(partner.id, { title: "Brouillon 2", ...past, publish: true });
    expect(await updateOffer(cayenne.tenant.slug, { ...edit, offerId: two.id })).toMatchObject({ ok: true });
    expect(await announced(cayenne)).toBe(before);
    // A current offer is still announced.
    await createOffer(cayenne.tenant.slug, offer(partner.id, { title: "Actuelle" }));
    expect(await announced(cayenne)).toBeGreaterThan(before);
  });
});
