import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { RequestStage } from "@/lib/generated/prisma/enums";
import { anonymiseRequest } from "@/lib/requests/anonymise";
import { confirmEmailChange } from "@/lib/requests/email-change";
import { submitIntake } from "@/lib/requests/intake";
import { changeStage, reissueTrackingLink, sendStaffMessage } from "@/lib/requests/staff";
import { notifyStaffOfNewRequests } from "@/lib/requests/staff-notification";
import { replyAsNewcomer, updateContactAsNewcomer } from "@/lib/requests/tracking";

import { actorOf, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

let t: TestTenant;
let tenant: {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  referencePrefix: string;
  firstResponseDays: number;
};

beforeAll(async () => {
  t = await createTestTenant("anon");
  tenant = { ...t.tenant, referencePrefix: "ANO", firstResponseDays: 2 };
});

/** Every row of every table of the application, and the job queue, as text. */
async function everything(): Promise<string> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
    WHERE schemaname IN ('public', 'graphile_worker') OR (schemaname = 'graphile_worker' AND tablename LIKE '\\_private%')`;
  const dumps: string[] = [];
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM ${name} t`);
    dumps.push(...rows.map((r) => `${name}: ${r.row}`));
  }
  return dumps.join("\n");
}

async function trackingToken(email: string): Promise<string> {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { tenantId: t.tenant.id, to: email },
    orderBy: { createdAt: "desc" },
  });
  return mail.text.match(/\/track\/([A-Za-z0-9_-]{43})/)![1];
}

describe("anonymisation forgets everything", () => {
  it("leaves neither the name, the emails nor the phones anywhere in the database", async () => {
    const input = intakeInput({ email: "ysolde.quenouille@exemple.test" });
    input.identity.firstName = "Ysolde";
    input.identity.lastName = "Quenouille";
    input.identity.phone = "+33 6 98 76 54 32";
    await submitIntake(tenant, input, { ip: "203.0.113.77" });
    const request = await db.installationRequest.findFirstOrThrow({
      where: { tenantId: t.tenant.id, email: input.identity.email },
    });
    await notifyStaffOfNewRequests(t.tenant.id); // the staff's grouped email names her
    const staff = { ...actorOf(t, "staff"), tenant };

    // A contact change (the timeline kept the old and new values), a reply, a reissued link…
    let token = await trackingToken(input.identity.email);
    await updateContactAsNewcomer(tenant, token, { email: "ysolde.nouvelle@exemple.test", phone: "+33 7 11 22 33 44" });
    // The new address confirms (issue 10, §4)…
    const confirmation = await db.outboundEmail.findFirstOrThrow({
      where: { tenantId: t.tenant.id, to: "ysolde.nouvelle@exemple.test", kind: "request.email_change.confirm" },
    });
    await confirmEmailChange(tenant, confirmation.text.match(/\/email-change\/([A-Za-z0-9_-]{43})/)![1]);
    await replyAsNewcomer(tenant, token, "Merci, je m'appelle Ysolde.");
    await sendStaffMessage(staff, request.id, "Bonjour Ysolde");
    await reissueTrackingLink(staff, request.id);
    token = await trackingToken("ysolde.nouvelle@exemple.test");
    // …and the stages up to MEMBER, which invites her (an invitation and an audit row with her address).
    for (const to of ["QUALIFIED", "IN_PROGRESS", "INSTALLED", "MEMBER"] as RequestStage[]) {
      await changeStage(staff, request.id, { to });
    }
    expect(await db.invitation.count({ where: { email: "ysolde.nouvelle@exemple.test" } })).toBe(1);
    // …and a later change waits for its confirmation: the pending address is hers too.
    await updateContactAsNewcomer(tenant, token, { email: "ysolde.encore@exemple.test", phone: "+33 7 11 22 33 44" });
    expect(await db.requestEmailChange.count({ where: { requestId: request.id } })).toBe(1);
    // Some emails have left already: their stored copies are redacted, not deleted.
    await db.outboundEmail.updateMany({
      where: { tenantId: t.tenant.id, kind: "request.received" },
      data: { status: "SENT", sentAt: new Date() },
    });

    const before = await everything();
    for (const trace of [
      "Ysolde",
      "Quenouille",
      "ysolde.quenouille@",
      "ysolde.nouvelle@",
      "ysolde.encore@",
      "11 22 33 44",
    ]) {
      expect(before).toContain(trace);
    }

    await anonymiseRequest(actorOf(t, "coordinator"), request.id);

    const after = await everything();
    for (const trace of ["Ysolde", "Quenouille", "ysolde", "98 76 54 32", "11 22 33 44", token]) {
      const found = after.split("\n").filter((line) => line.includes(trace));
      expect(found, trace).toEqual([]);
    }
    // The statistics keep what they need.
    const kept = await db.installationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(kept).toMatchObject({ profession: "SAGE_FEMME", stage: "MEMBER" });
    expect(await db.requestEmailChange.count({ where: { requestId: request.id } })).toBe(0);
    expect(await db.requestEvent.count({ where: { requestId: request.id, type: "stage.changed" } })).toBe(4);
  });
});
