import { beforeAll, expect, it } from "vitest";

import { db } from "@/lib/db";
import { sendDailyDigests } from "@/lib/requests/digest";
import { submitIntake } from "@/lib/requests/intake";
import { notifyStaffOfNewRequests } from "@/lib/requests/staff-notification";

import { createTestTenant, type TestTenant } from "./support/factories";
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
