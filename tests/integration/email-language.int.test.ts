import { beforeAll, expect, it } from "vitest";

import { db } from "@/lib/db";
import { registerForEvent } from "@/lib/events/registration";
import { cancelEvent } from "@/lib/events/staff";
import { announceToMembers } from "@/lib/members/announce";
import { sendDailyDigests } from "@/lib/requests/digest";
import { submitIntake } from "@/lib/requests/intake";
import { notifyStaffOfNewRequests } from "@/lib/requests/staff-notification";

import { actorOf, createTestEvent, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

let t: TestTenant;

beforeAll(async () => {
  t = await createTestTenant("lang");
  // The coordinator reads English, the staff member French.
  await db.user.update({ where: { id: t.coordinator.id }, data: { locale: "en" } });
});

it("writes each email of an intake in its recipient's language, and remembers the newcomer's", async () => {
  const input = intakeInput();
  const tenant = { ...t.tenant, referencePrefix: "LNG", firstResponseDays: 2 };
  await submitIntake(tenant, input, { ip: "192.0.2.10", locale: "en" });
  const request = await db.installationRequest.findFirstOrThrow({ where: { tenantId: t.tenant.id } });
  expect(request.locale).toBe("en");

  await notifyStaffOfNewRequests(t.tenant.id); // the staff's (grouped) notification, a few minutes later
  const mails = await db.outboundEmail.findMany({ where: { tenantId: t.tenant.id } });
  const to = (email: string) => mails.find((m) => m.to === email)!;
  expect(to(input.identity.email).subject).toMatch(/your request LNG-\d{4}-\d{4} has been received/);
  expect(to(input.identity.email).text).toContain("2 working days");
  expect(to(t.coordinator.email).subject).toMatch(/^New installation request/);
  expect(to(t.coordinator.email).text).toContain("(Midwife)");
  expect(to(t.staff.email).subject).toMatch(/^Nouvelle demande d'installation/);
  expect(to(t.staff.email).text).toContain("(Sage-femme)");

  // A French newcomer by default.
  await submitIntake(tenant, intakeInput(), { ip: "192.0.2.11" });
  expect(await db.installationRequest.count({ where: { tenantId: t.tenant.id, locale: "fr" } })).toBe(1);
});

it("sends the daily digest to each coordinator in their language", async () => {
  const old = new Date(Date.now() - 10 * 86_400_000);
  await db.installationRequest.updateMany({ where: { tenantId: t.tenant.id }, data: { createdAt: old } });
  await sendDailyDigests(new Date());
  const digest = await db.outboundEmail.findFirstOrThrow({
    where: { tenantId: t.tenant.id, kind: "digest.daily", to: t.coordinator.email },
  });
  expect(digest.subject).toMatch(/late requests and needs$/);
});

it("writes event registrations, announcements and cancellations in each member's language", async () => {
  const e = await createTestEvent(t.tenant.id);
  await db.event.update({ where: { id: e.id }, data: { priceMemberCents: 1500 } });
  await db.membership.updateMany({
    where: { tenantId: t.tenant.id },
    data: { notifyEvents: true, notifyOffers: true },
  });
  // The coordinator reads English (see beforeAll), the member French.
  await registerForEvent(
    { tenant: t.tenant },
    {
      who: {
        tenantId: t.tenant.id,
        membershipId: t.coordinator.membershipId,
        email: t.coordinator.email,
        locale: "en",
      },
      eventId: e.id,
      companions: 0,
    },
  );
  await registerForEvent(
    { tenant: t.tenant },
    {
      who: { tenantId: t.tenant.id, membershipId: t.member.membershipId, email: t.member.email, locale: "fr" },
      eventId: e.id,
      companions: 0,
    },
  );
  const confirmation = (to: string) =>
    db.outboundEmail.findFirstOrThrow({ where: { tenantId: t.tenant.id, kind: "event.confirmed", to } });
  expect((await confirmation(t.coordinator.email)).subject).toBe("Registration confirmed: Soirée des soignants");
  expect((await confirmation(t.coordinator.email)).text).toContain("Participation: €15.00 for you.");
  expect((await confirmation(t.member.email)).subject).toBe("Inscription confirmée : Soirée des soignants");

  await cancelEvent(actorOf(t, "staff"), e.id);
  const cancelled = (to: string) =>
    db.outboundEmail.findFirstOrThrow({ where: { tenantId: t.tenant.id, kind: "event.cancelled", to } });
  expect((await cancelled(t.coordinator.email)).subject).toBe("Cancelled: Soirée des soignants");
  expect((await cancelled(t.member.email)).text).toContain("Nous sommes désolés");

  await db.$transaction((tx) =>
    announceToMembers(tx, t.tenant, {
      topic: "offers",
      kind: "offer.announced",
      path: `/${t.tenant.slug}/portal/offers`,
      compose: (tr) => ({ subject: tr("mail.announcement.offerSubject", { partner: "Garage" }), paragraphs: [] }),
    }),
  );
  const announced = (to: string) =>
    db.outboundEmail.findFirstOrThrow({ where: { tenantId: t.tenant.id, kind: "offer.announced", to } });
  expect((await announced(t.coordinator.email)).subject).toBe("New offer: Garage");
  expect((await announced(t.coordinator.email)).text).toContain("Stop receiving these announcements");
  expect((await announced(t.member.email)).subject).toBe("Nouvel avantage : Garage");
});
