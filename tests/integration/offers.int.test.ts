import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import { asCurrentUser, createTestTenant, type TestTenant } from "./support/factories";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const {
  createOfferAction: createOffer,
  createPartnerAction: createPartner,
  claimOfferAction: claimOffer,
  revealOfferAction: revealOffer,
} = await import("@/lib/offers/actions");
const { listVisibleOffers, partnerReport } = await import("@/lib/offers/service");

let a: TestTenant;
let b: TestTenant;
const partner = {
  name: "Garage du Port",
  category: "VEHICLES" as const,
  address: "Quai de Léon",
  phone: "",
  website: "https://garage.exemple.fr",
  logoUrl: "",
  contactPerson: "",
  notes: "",
};
const offer = (partnerId: string, extra: Record<string, unknown> = {}) => ({
  partnerId,
  title: "Révision",
  description: "",
  discount: "-15 %",
  howToClaim: "Code CPTS15",
  conditions: "",
  validFrom: "2026-01-01",
  validUntil: "",
  audience: "MEMBERS" as const,
  publish: true,
  ...extra,
});

beforeAll(async () => {
  a = await createTestTenant("off-a");
  b = await createTestTenant("off-b");
});
beforeEach(() => {
  currentUser = null;
});

describe("partners and offers", () => {
  it("are managed by the tenant's staff only, with partners of the same tenant", async () => {
    currentUser = asCurrentUser(a.member);
    expect(await createPartner(a.tenant.slug, partner)).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = asCurrentUser(a.staff);
    expect(await createPartner(a.tenant.slug, { ...partner, website: "pas une url" })).toMatchObject({
      ok: false,
      fieldErrors: { website: ["offers.errors.url"] },
    });
    for (const website of ["javascript:alert(document.cookie)", "data:text/html,<script>1</script>", "ftp://x.fr"]) {
      expect(await createPartner(a.tenant.slug, { ...partner, website })).toMatchObject({
        ok: false,
        fieldErrors: { website: ["offers.errors.url"] },
      });
    }
    expect(await createPartner(a.tenant.slug, partner)).toMatchObject({ ok: true });
    currentUser = asCurrentUser(b.staff);
    expect(await createPartner(b.tenant.slug, { ...partner, name: "Autre garage" })).toMatchObject({ ok: true });
    const partnerA = await db.partner.findFirstOrThrow({ where: { tenantId: a.tenant.id } });
    // Tenant B's staff cannot attach an offer to tenant A's partner by id.
    expect(await createOffer(b.tenant.slug, offer(partnerA.id))).toMatchObject({
      ok: false,
      fieldErrors: { partnerId: ["errors.notFound"] },
    });
    currentUser = asCurrentUser(a.staff);
    expect(await createOffer(a.tenant.slug, offer(partnerA.id))).toMatchObject({ ok: true });
    expect(
      await createOffer(a.tenant.slug, offer(partnerA.id, { title: "Expirée", validUntil: "2026-02-01" })),
    ).toMatchObject({ ok: true });
    expect(await createOffer(a.tenant.slug, offer(partnerA.id, { title: "Brouillon", publish: false }))).toMatchObject({
      ok: true,
    });
    expect(
      await createOffer(a.tenant.slug, offer(partnerA.id, { title: "Pour tous", audience: "MEMBERS_AND_NEWCOMERS" })),
    ).toMatchObject({ ok: true });
  });

  it("show members the current published offers, and newcomers only those meant for them", async () => {
    const forMembers = await listVisibleOffers(a.tenant, "MEMBER", {});
    expect(forMembers.map((o) => o.title).sort()).toEqual(["Pour tous", "Révision"]);
    const forNewcomers = await listVisibleOffers(a.tenant, "NEWCOMER", {});
    expect(forNewcomers.map((o) => o.title)).toEqual(["Pour tous"]);
    expect(await listVisibleOffers(b.tenant, "MEMBER", {})).toEqual([]);
    expect((await listVisibleOffers(a.tenant, "MEMBER", { q: "garage du port" })).length).toBe(2);
    expect(await listVisibleOffers(a.tenant, "MEMBER", { category: "FAMILY" })).toEqual([]);
  });

  it("count views and uses for the report, and refuse other tenants' members by id", async () => {
    const target = await db.offer.findFirstOrThrow({ where: { tenantId: a.tenant.id, title: "Révision" } });
    currentUser = asCurrentUser(b.member);
    expect(await revealOffer(b.tenant.slug, { offerId: target.id })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    expect(await revealOffer(a.tenant.slug, { offerId: target.id })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    currentUser = asCurrentUser(a.member);
    expect(await revealOffer(a.tenant.slug, { offerId: target.id })).toEqual({
      ok: true,
      data: { howToClaim: "Code CPTS15" },
    });
    expect(await claimOffer(a.tenant.slug, { offerId: target.id })).toMatchObject({ ok: true });
    // Clicking again, even many times at once, counts once per member, offer and day.
    await Promise.all(Array.from({ length: 5 }, () => claimOffer(a.tenant.slug, { offerId: target.id })));
    await revealOffer(a.tenant.slug, { offerId: target.id });
    const report = await partnerReport(a.tenant.id);
    expect(report[0].offers.find((o) => o.id === target.id)).toMatchObject({ views: 1, claims: 1 });
  });
});
