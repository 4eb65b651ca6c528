import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";
import type {
  NeedStatus,
  NeedType,
  NetworkCategory,
  Profession,
  ReferralConsent,
  ReferralStatus,
  RequestStage,
} from "@/lib/generated/prisma/enums";

import { createTestPartner, createUser, type TestTenant } from "./factories";

type RequestSpec = {
  createdAt: string;
  stage: RequestStage;
  profession?: Profession;
  practiceArea?: string;
  firstResponseAfterHours?: number;
  installedAt?: string;
  desiredArrivalDate?: string;
};

/** An installation request written as it stands, dates included (the intake path would stamp "now"). */
export async function requestAt(tenantId: string, spec: RequestSpec) {
  const unique = randomUUID();
  const createdAt = new Date(spec.createdAt);
  return db.installationRequest.create({
    data: {
      tenantId,
      reference: `IND-${unique.slice(0, 8)}`,
      firstName: "Alex",
      lastName: "Durand",
      email: `alex-${unique.slice(0, 8)}@exemple.test`,
      phone: "+594 694 00 00 00",
      profession: spec.profession ?? "INFIRMIER",
      practiceMode: "LIBERAL",
      currentCity: "Lyon",
      currentCountry: "France",
      practiceArea: spec.practiceArea ?? "Mana",
      desiredArrivalDate: spec.desiredArrivalDate ? new Date(`${spec.desiredArrivalDate}T00:00:00Z`) : null,
      consentAt: createdAt,
      commitmentAcceptedAt: createdAt,
      stage: spec.stage,
      stageChangedAt: createdAt,
      createdAt,
      firstResponseAt:
        spec.firstResponseAfterHours == null
          ? null
          : new Date(createdAt.getTime() + spec.firstResponseAfterHours * 3_600_000),
      installedAt: spec.installedAt ? new Date(spec.installedAt) : null,
      closedAt: spec.stage === "CLOSED" ? createdAt : null,
      closingReason: spec.stage === "CLOSED" ? "WITHDRAWN" : null,
      trackingTokenHash: `hash-${unique}`,
      idempotencyKey: unique,
      submitterIpHash: "ip",
    },
  });
}

export async function needAt(
  tenantId: string,
  requestId: string,
  type: NeedType,
  status: NeedStatus,
  createdAt: string,
  updatedAt = createdAt,
) {
  return db.requestNeed.create({
    data: { tenantId, requestId, type, status, createdAt: new Date(createdAt), updatedAt: new Date(updatedAt) },
  });
}

export async function memberAt(
  tenantId: string,
  data: {
    createdAt: string;
    requestId?: string;
    status?: "ACTIVE" | "SUSPENDED";
    profession?: Profession;
    practicePlace?: string;
  },
) {
  const user = await createUser();
  return db.membership.create({
    data: {
      tenantId,
      userId: user.id,
      role: "MEMBER",
      status: data.status ?? "ACTIVE",
      createdAt: new Date(data.createdAt),
      requestId: data.requestId ?? null,
      profession: data.profession ?? null,
      practicePlace: data.practicePlace ?? "",
    },
  });
}

export function actorAt(tenantId: string, name: string, category: NetworkCategory) {
  return db.networkActor.create({ data: { tenantId, name, category, needTypes: [] }, select: { id: true } });
}

/** A referral as it stands, proposed at `createdAt`; consent given unless said otherwise. */
export function referralAt(tenantId: string) {
  return (
    need: { id: string; requestId: string },
    actor: { id: string },
    status: ReferralStatus,
    createdAt: string,
    consent: ReferralConsent = "ACCEPTED",
  ) =>
    db.referral.create({
      data: {
        tenantId,
        requestId: need.requestId,
        needId: need.id,
        actorId: actor.id,
        status,
        consent,
        createdAt: new Date(createdAt),
        contactedAt: status === "PROPOSED" ? null : new Date(createdAt),
      },
    });
}

/**
 * The fixed data set of the indicator tests: tenant `a` in Cayenne (UTC-3), year 2026, with requests,
 * needs, members, dues, events and offer uses on both sides of the year's edges; `b` holds decoys.
 */
export async function seedIndicatorData(a: TestTenant, b: TestTenant) {
  const A = a.tenant.id;
  await db.tenant.update({ where: { id: A }, data: { timeZone: "America/Cayenne" } });
  await db.membership.updateMany({ where: { tenantId: A }, data: { createdAt: new Date("2025-06-01T12:00:00Z") } });

  const r1 = await requestAt(A, {
    createdAt: "2026-01-10T12:00:00Z",
    stage: "MEMBER",
    firstResponseAfterHours: 2,
    installedAt: "2026-03-05T15:00:00Z",
  });
  // Installed at 22:30 in Cayenne on 31 December 2026: 01:30 UTC on 1 January 2027.
  const r2 = await requestAt(A, {
    createdAt: "2026-02-01T13:30:00Z",
    stage: "INSTALLED",
    profession: "MEDECIN_GENERALISTE",
    practiceArea: "Saint-Laurent-du-Maroni",
    firstResponseAfterHours: 4,
    installedAt: "2027-01-01T01:30:00Z",
  });
  const r3 = await requestAt(A, { createdAt: "2026-03-01T12:00:00Z", stage: "CLOSED", firstResponseAfterHours: 10 });
  await db.requestEvent.create({
    data: {
      tenantId: A,
      requestId: r3.id,
      actorLabel: "Équipe",
      type: "stage.changed",
      data: { from: "NEW", to: "QUALIFIED" },
    },
  });
  await requestAt(A, { createdAt: "2026-04-01T12:00:00Z", stage: "NEW" });
  const r5 = await requestAt(A, {
    createdAt: "2026-05-01T12:00:00Z",
    stage: "IN_PROGRESS",
    firstResponseAfterHours: 6,
  });
  // Installed at 23:00 in Cayenne on 31 December 2025: not in 2026.
  await requestAt(A, { createdAt: "2025-12-31T12:00:00Z", stage: "INSTALLED", installedAt: "2026-01-01T02:00:00Z" });
  const r7 = await requestAt(A, {
    createdAt: "2025-11-01T12:00:00Z",
    stage: "INSTALLED",
    installedAt: "2026-06-15T12:00:00Z",
  });
  // Sent at 23:59 in Cayenne on 31 December 2026.
  await requestAt(A, { createdAt: "2027-01-01T02:59:00Z", stage: "NEW" });
  // Created at 00:01 in Cayenne on 1 January 2027.
  await requestAt(A, { createdAt: "2027-01-01T03:01:00Z", stage: "NEW" });

  const n1 = await needAt(A, r1.id, "SPOUSE_JOB", "DONE", "2026-01-10T12:00:00Z", "2026-01-20T12:00:00Z");
  const n2 = await needAt(A, r2.id, "SPOUSE_JOB", "TODO", "2026-02-01T13:30:00Z");
  await needAt(A, r2.id, "SCHOOL", "NOT_NEEDED", "2026-02-01T13:30:00Z");
  const n5 = await needAt(A, r5.id, "SCHOOL", "DONE", "2026-05-01T12:00:00Z", "2026-05-04T12:00:00Z");
  await needAt(A, r7.id, "SCHOOL", "DONE", "2025-11-01T12:00:00Z", "2025-11-02T12:00:00Z");

  const fromR7 = await memberAt(A, { createdAt: "2026-07-01T12:00:00Z", requestId: r7.id });
  const suspended = await memberAt(A, { createdAt: "2026-02-01T12:00:00Z", status: "SUSPENDED" });
  await db.membership.update({
    where: { id: suspended.id },
    data: { leftAt: new Date("2026-12-31T00:00:00Z"), leavingReason: "LEFT_TERRITORY" },
  });
  await db.duesPayment.createMany({
    data: [
      { tenantId: A, membershipId: a.member.membershipId, year: 2026 },
      { tenantId: A, membershipId: a.coordinator.membershipId, year: 2026 },
      { tenantId: A, membershipId: suspended.id, year: 2026 },
      { tenantId: A, membershipId: a.member.membershipId, year: 2027 },
    ],
  });

  const event = (startsAt: string, status: "PUBLISHED" | "DRAFT" | "CANCELLED" = "PUBLISHED") =>
    db.event.create({
      data: {
        tenantId: A,
        title: `Sortie ${startsAt}`,
        kind: "OUTING",
        place: "Mana",
        startsAt: new Date(startsAt),
        endsAt: new Date(new Date(startsAt).getTime() + 3_600_000),
        registrationDeadline: new Date(startsAt),
        capacity: 20,
        status,
      },
    });
  const december = await event("2026-12-31T23:00:00Z"); // 20:00 in Cayenne on 31 December
  const april = await event("2026-04-10T22:00:00Z");
  const draft = await event("2026-05-10T22:00:00Z", "DRAFT");
  await event("2026-06-10T22:00:00Z", "CANCELLED");
  const nextYear = await event("2027-01-01T04:00:00Z"); // 01:00 in Cayenne on 1 January 2027
  const reg = (
    eventId: string,
    membershipId: string,
    seats: number,
    status: "CONFIRMED" | "WAITLISTED" | "CANCELLED",
    checkedIn = false,
  ) =>
    db.eventRegistration.create({
      data: {
        tenantId: A,
        eventId,
        membershipId,
        seats,
        companions: seats - 1,
        status,
        checkedInAt: checkedIn ? new Date("2026-12-31T23:10:00Z") : null,
      },
    });
  await reg(december.id, a.member.membershipId, 3, "CONFIRMED", true);
  await reg(december.id, a.coordinator.membershipId, 1, "CONFIRMED");
  await reg(december.id, a.staff.membershipId, 2, "WAITLISTED");
  await reg(december.id, fromR7.id, 1, "CANCELLED");
  await reg(april.id, a.member.membershipId, 2, "CONFIRMED", true);
  await reg(draft.id, a.member.membershipId, 1, "CONFIRMED", true);
  await reg(nextYear.id, a.member.membershipId, 1, "CONFIRMED", true);

  const partner = await createTestPartner(A, "Garage du port");
  const offer = (title: string) =>
    db.offer.create({
      data: {
        tenantId: A,
        partnerId: partner.id,
        title,
        discount: "-10 %",
        howToClaim: "CODE",
        validFrom: new Date("2026-01-01T00:00:00Z"),
        status: "PUBLISHED",
      },
    });
  const o1 = await offer("Révision offerte");
  const o2 = await offer("Pneus");
  const offerUse = (offerId: string, kind: "VIEW" | "CLAIM", createdAt: string) =>
    db.offerUse.create({
      data: { tenantId: A, offerId, membershipId: a.member.membershipId, kind, createdAt: new Date(createdAt) },
    });
  await offerUse(o1.id, "VIEW", "2026-02-01T12:00:00Z");
  await offerUse(o1.id, "VIEW", "2026-03-01T12:00:00Z");
  await offerUse(o1.id, "VIEW", "2027-01-01T02:00:00Z"); // 23:00 on 31 December in Cayenne
  await offerUse(o1.id, "CLAIM", "2026-03-01T12:05:00Z");
  await offerUse(o2.id, "VIEW", "2026-04-01T12:00:00Z");
  await offerUse(o2.id, "CLAIM", "2025-12-31T12:00:00Z");

  // Network referrals, counted on the day they were proposed (Cayenne): 7 in 2026, one in 2025, one in 2027.
  const agency = await actorAt(A, "Agence du Maroni", "ESTATE_AGENCY");
  const school = await actorAt(A, "École de Mana", "SCHOOL");
  const employer = await actorAt(A, "Centre hospitalier de l'Ouest", "EMPLOYER");
  const referral = referralAt(A);
  await referral(n1, agency, "HELPED", "2026-02-05T12:00:00Z");
  await referral(n1, agency, "COULD_NOT_HELP", "2026-03-01T12:00:00Z");
  await referral(n2, agency, "CONTACTED", "2026-11-20T12:00:00Z");
  await referral(n2, agency, "PROPOSED", "2026-06-01T12:00:00Z", "DECLINED");
  await referral(n5, school, "PROPOSED", "2027-01-01T01:30:00Z", "PENDING"); // 22:30 on 31 December in Cayenne
  await referral(n5, school, "ANSWERED", "2026-05-02T12:00:00Z");
  await referral(n5, school, "NO_ANSWER", "2026-04-01T12:00:00Z");
  await referral(n2, employer, "HELPED", "2026-01-01T02:00:00Z"); // 23:00 on 31 December 2025 in Cayenne
  await referral(n2, employer, "HELPED", "2027-01-01T03:30:00Z"); // 00:30 on 1 January 2027 in Cayenne

  // Decoys in the other tenant, same year.
  const B = b.tenant.id;
  const decoy = await requestAt(B, {
    createdAt: "2026-03-01T12:00:00Z",
    stage: "MEMBER",
    firstResponseAfterHours: 1,
    installedAt: "2026-04-01T12:00:00Z",
  });
  await needAt(B, decoy.id, "SCHOOL", "DONE", "2026-03-01T12:00:00Z", "2026-03-02T12:00:00Z");
  const decoyNeed = await needAt(B, decoy.id, "SPOUSE_JOB", "TODO", "2026-03-01T12:00:00Z");
  await referralAt(B)(
    decoyNeed,
    await actorAt(B, "Agence du Maroni", "ESTATE_AGENCY"),
    "HELPED",
    "2026-03-01T12:00:00Z",
  );
  await memberAt(B, { createdAt: "2026-03-01T12:00:00Z", requestId: decoy.id });
  const otherPartner = await createTestPartner(B, "Autre garage");
  const otherOffer = await db.offer.create({
    data: {
      tenantId: B,
      partnerId: otherPartner.id,
      title: "Autre",
      discount: "-5 %",
      howToClaim: "X",
      validFrom: new Date("2026-01-01T00:00:00Z"),
      status: "PUBLISHED",
    },
  });
  await db.offerUse.create({
    data: { tenantId: B, offerId: otherOffer.id, kind: "CLAIM", createdAt: new Date("2026-05-01T12:00:00Z") },
  });

  return { r1, r2, r3, r5, r7, fromR7, suspended, december, april, o1, o2 };
}
