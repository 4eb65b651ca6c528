import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { hashLinkToken } from "@/lib/tokens";

import {
  createTestActor,
  createTestAid,
  createTestBooking,
  createTestCheckIn,
  createTestContact,
  createTestEvent,
  createTestHouseholdMember,
  createTestMessage,
  createTestNeed,
  createTestNote,
  createTestOffer,
  createTestPartner,
  createTestPerson,
  createTestReferral,
  createTestRegistration,
  createTestRequest,
  createTestTenant,
  createTestUnit,
} from "./support/factories";

// The factories are what every other test stands on: each row belongs to the tenant it was made for,
// and the links they hand back open what they say.
describe("the test factories", () => {
  it("build one of every main model, all in the given tenant, with working link tokens", async () => {
    const t = await createTestTenant("fac");
    const tenantId = t.tenant.id;
    const member = await createTestPerson(tenantId, "MEMBER", { phone: "+33 6 00 00 00 00" });
    const request = await createTestRequest(tenantId, { stage: "QUALIFIED", assigneeId: t.staff.id });
    expect(request.needs.map((n) => n.type).sort()).toEqual(["SCHOOL", "SPOUSE_JOB", "TEMPORARY_HOUSING"]);
    expect(
      await db.installationRequest.findFirst({
        where: { tenantId, trackingTokenHash: hashLinkToken(request.token) },
        select: { id: true, stage: true },
      }),
    ).toEqual({ id: request.id, stage: "QUALIFIED" });
    const bare = await createTestRequest(tenantId, { needs: {} });
    expect(bare.needs).toEqual([]);

    const need = await createTestNeed(tenantId, bare.id, { type: "VEHICLE", details: {} });
    await createTestMessage(tenantId, request.id);
    await createTestMessage(tenantId, request.id, { author: "STAFF", authorUserId: t.staff.id, body: "Bonjour" });
    await createTestNote(tenantId, request.id, { authorId: t.staff.id });
    const checkIn = await createTestCheckIn(tenantId, request.id, { milestone: 6 });
    expect(
      await db.followUpCheckIn.findUnique({ where: { tokenHash: hashLinkToken(checkIn.token) }, select: { id: true } }),
    ).toEqual({ id: checkIn.id });

    const event = await createTestEvent(tenantId, { audience: "MEMBERS_AND_NEWCOMERS" });
    await createTestRegistration(tenantId, { eventId: event.id, membershipId: member.membershipId });
    await createTestRegistration(tenantId, { eventId: event.id, requestId: request.id }, { status: "WAITLISTED" });
    await createTestHouseholdMember(tenantId, member.membershipId);
    const partner = await createTestPartner(tenantId);
    await createTestOffer(tenantId, partner.id, { audience: "MEMBERS_AND_NEWCOMERS" });

    const actor = await createTestActor(tenantId, { contacts: [{ name: "Hélène Guivarc'h", role: "Directrice" }] });
    const contact = await createTestContact(tenantId, actor.id);
    await createTestAid(tenantId);
    const proposed = await createTestReferral(tenantId, {
      requestId: request.id,
      needId: request.needs[0].id,
      actorId: actor.id,
    });
    expect(proposed).toMatchObject({ status: "PROPOSED", consent: "PENDING", token: null });
    const sent = await createTestReferral(
      tenantId,
      { requestId: bare.id, needId: need.id, actorId: actor.id },
      { withActorLink: true, contactId: contact.id },
    );
    expect(
      await db.referral.findUnique({ where: { actorTokenHash: hashLinkToken(sent.token!) }, select: { id: true } }),
    ).toEqual({ id: sent.id });

    const unit = await createTestUnit(tenantId);
    await createTestBooking(tenantId, unit.id);
    await createTestBooking(tenantId, unit.id, {
      arrival: "2027-02-01",
      departure: "2027-02-08",
      requestId: request.id,
      guestName: "",
      audience: "NEWCOMERS",
      status: "OPTION",
    });

    // Every row made above is the tenant's, and the actor is found by its contact's name.
    const tables = [
      "Membership",
      "InstallationRequest",
      "RequestNeed",
      "RequestMessage",
      "RequestNote",
      "RequestEvent",
      "FollowUpCheckIn",
      "Event",
      "EventRegistration",
      "HouseholdMember",
      "Partner",
      "Offer",
      "NetworkActor",
      "NetworkContact",
      "InstallationAid",
      "Referral",
      "HousingUnit",
      "HousingBooking",
    ];
    for (const table of tables) {
      const [row] = await db.$queryRawUnsafe<{ mine: number; others: number }[]>(
        `SELECT count(*) FILTER (WHERE "tenantId" = $1)::int AS mine, count(*) FILTER (WHERE "tenantId" <> $1)::int AS others FROM "${table}"`,
        tenantId,
      );
      expect(row, table).toMatchObject({ mine: expect.any(Number), others: 0 });
      expect(row.mine, table).toBeGreaterThan(0);
    }
    const found = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "NetworkActor" WHERE network_unaccent("searchText") LIKE network_unaccent('%helene guivarc%')`;
    expect(found.map((r) => r.id)).toEqual([actor.id]);
  });
});
