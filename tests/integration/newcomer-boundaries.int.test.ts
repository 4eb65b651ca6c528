import { randomUUID } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import {
  asCurrentUser,
  createTestEvent,
  createTestHouseholdMember,
  createTestOffer,
  createTestPartner,
  createTestRequest,
  createTestTenant,
  createUser,
  type TestTenant,
} from "./support/factories";

// A newcomer has no membership: signing in with the address of their request gives them an account,
// never the member portal, the staff space or another person's data.
let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const {
  registerToEventAction: registerToEvent,
  cancelMyRegistrationAction: cancelMyRegistration,
  createMyCalendarFeedAction: createMyCalendarFeed,
  inviteNewcomerToEventAction: inviteNewcomerToEvent,
  checkInRegistrationAction: checkInRegistration,
} = await import("@/lib/events/actions");
const { revealOfferAction: revealOffer, claimOfferAction: claimOffer } = await import("@/lib/offers/actions");
const { saveMyProfileAction: saveMyProfile, removeFromMyHouseholdAction: removeFromMyHousehold } =
  await import("@/lib/members/profile-actions");
const { recordDuesAction: recordDues } = await import("@/lib/members/actions");
const { registerForEvent } = await import("@/lib/events/registration");

let a: TestTenant;
const day = 86_400_000;

beforeAll(async () => {
  a = await createTestTenant("nb-a");
});
beforeEach(() => {
  currentUser = null;
});

describe("a newcomer signed in with the address of their request", () => {
  it("cannot use the member portal or staff actions, even with real ids of things open to newcomers", async () => {
    const request = await createTestRequest(a.tenant.id, { email: `arrivee-${randomUUID().slice(0, 8)}@exemple.test` });
    const newcomer = await createUser(request.email);

    const event = await createTestEvent(a.tenant.id, {
      place: "Morlaix",
      capacity: 20,
      maxCompanions: 2,
      audience: "MEMBERS_AND_NEWCOMERS",
      startsAt: new Date(Date.now() + 20 * day),
      endsAt: new Date(Date.now() + 20 * day + 3 * 3600_000),
      registrationDeadline: new Date(Date.now() + 10 * day),
    });
    const ctx = { tenant: { ...a.tenant } };
    await registerForEvent(ctx, {
      who: { tenantId: a.tenant.id, membershipId: a.member.membershipId, email: a.member.email },
      eventId: event.id,
      companions: 0,
    });
    const memberRegistration = await db.eventRegistration.findFirstOrThrow({
      where: { eventId: event.id, membershipId: a.member.membershipId },
    });
    const partner = await createTestPartner(a.tenant.id, "Crèche des Lutins", { category: "FAMILY" });
    const offer = await createTestOffer(a.tenant.id, partner.id, {
      title: "Place d'urgence",
      howToClaim: "Code LUTINS",
      validFrom: new Date(Date.now() - day),
      audience: "MEMBERS_AND_NEWCOMERS",
    });
    const child = await createTestHouseholdMember(a.tenant.id, a.member.membershipId, { firstName: "Noé" });

    currentUser = asCurrentUser(newcomer);
    const slug = a.tenant.slug;
    const refusals = [
      await registerToEvent(slug, { eventId: event.id, companionIds: [] }),
      await cancelMyRegistration(slug, { eventId: event.id }),
      await createMyCalendarFeed(slug, {}),
      await revealOffer(slug, { offerId: offer.id }),
      await claimOffer(slug, { offerId: offer.id }),
      await saveMyProfile(slug, {
        name: "X",
        phone: "",
        profession: "INFIRMIER",
        specialty: "",
        practicePlace: "",
        directoryOptIn: true,
        notifyEvents: true,
        notifyOffers: true,
      }),
      await removeFromMyHousehold(slug, { householdMemberId: child.id }),
      await inviteNewcomerToEvent(slug, { requestId: request.id, eventId: event.id, companions: 2 }),
      await checkInRegistration(slug, { registrationId: memberRegistration.id }),
      await recordDues(slug, { membershipId: a.member.membershipId, year: 2026, paid: true }),
    ];
    for (const result of refusals) expect(result).toEqual({ ok: false, formError: "errors.forbidden" });

    expect(
      await db.eventRegistration.findMany({
        where: { eventId: event.id },
        select: { membershipId: true, requestId: true, status: true, checkedInAt: true },
      }),
    ).toEqual([{ membershipId: a.member.membershipId, requestId: null, status: "CONFIRMED", checkedInAt: null }]);
    expect(await db.offerUse.count({ where: { offerId: offer.id } })).toBe(0);
    expect(await db.householdMember.count({ where: { id: child.id } })).toBe(1);
    expect(await db.duesPayment.count({ where: { membershipId: a.member.membershipId } })).toBe(0);
    expect(await db.membership.count({ where: { userId: newcomer.id } })).toBe(0);
  });
});
