import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { lateItems, sendDailyDigests } from "@/lib/requests/digest";
import { submitIntake } from "@/lib/requests/intake";
import { sendStaffMessage } from "@/lib/requests/staff";

import { actorOf, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

let a: TestTenant;
let tenant: {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  referencePrefix: string;
  firstResponseDays: number;
};

beforeAll(async () => {
  a = await createTestTenant("digest");
  tenant = { ...a.tenant, referencePrefix: "DIG", firstResponseDays: 2 };
});

async function requestCreated(daysAgo: number) {
  const input = intakeInput();
  await submitIntake(tenant, input, { ip: `192.0.2.${Math.floor(Math.random() * 250)}` });
  const request = await db.installationRequest.findFirstOrThrow({
    where: { tenantId: tenant.id, email: input.identity.email },
    include: { needs: true },
  });
  await db.installationRequest.update({
    where: { id: request.id },
    data: { createdAt: new Date(Date.now() - daysAgo * 86_400_000) },
  });
  return request;
}

describe("daily digest", () => {
  it("lists requests past the response promise and needs past their due date, to the coordinators only", async () => {
    const late = await requestCreated(10);
    const recent = await requestCreated(0);
    const answered = await requestCreated(10);
    await sendStaffMessage({ ...actorOf(a, "staff"), tenant }, answered.id, "Bonjour !");
    await db.requestNeed.update({
      where: { id: recent.needs[0].id },
      data: { dueDate: new Date(Date.now() - 3 * 86_400_000), status: "IN_PROGRESS" },
    });

    const items = await lateItems(tenant);
    expect(items.lateResponses.map((r) => r.id)).toEqual([late.id]);
    expect(items.lateNeeds.map((n) => n.id)).toEqual([recent.needs[0].id]);

    await sendDailyDigests();
    const digests = await db.outboundEmail.findMany({ where: { tenantId: tenant.id, kind: "digest.daily" } });
    expect(digests.map((d) => d.to)).toEqual([a.coordinator.email]);
    expect(digests[0].text).toContain(late.reference);
    expect(digests[0].text).toContain(recent.reference);
    expect(digests[0].text).not.toContain(answered.reference);
  });
});
