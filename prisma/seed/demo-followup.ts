import { CALL_BACK_WORKING_DAYS, needsCallBack } from "../../lib/followup/schemas";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { FollowUpTheme } from "../../lib/generated/prisma/enums";
import { todayInTimeZone } from "../../lib/i18n/format";
import { addWorkingDays } from "../../lib/requests/stages";
import { hashLinkToken, newLinkToken } from "../../lib/tokens";

const day = 86_400_000;
/** As the check-in emails (lib/followup/schedule.ts): the link stays valid 45 days. */
const LINK_DAYS = 45;

type Answer = { settledScore: number; difficulties: FollowUpTheme[]; wantsToTalk: boolean; comment: string };

/** The answers of the demo's installed newcomers, in order of installation; the second one needs a call back. */
const ANSWERS: Answer[] = [
  { settledScore: 4, difficulties: ["PRACTICE"], wantsToTalk: false, comment: "La patientèle arrive vite, merci !" },
  {
    settledScore: 2,
    difficulties: ["HOUSING", "ISOLATION"],
    wantsToTalk: true,
    comment: "Le logement temporaire se termine bientôt et nous connaissons encore peu de monde.",
  },
  { settledScore: 5, difficulties: [], wantsToTalk: false, comment: "" },
];

function threeMonthsAfter(instant: Date): Date {
  const result = new Date(instant);
  result.setUTCMonth(result.getUTCMonth() + 3);
  return result;
}

/**
 * Follow-up after installation (issue 14 §4): the 3-month check-ins of the demo newcomers installed at
 * least three months ago, answered; a low score with a wish to talk has its call back, due in 5 working
 * days, in the staff's tasks. Idempotent: skipped once the tenant has a check-in.
 */
export async function seedDemoFollowUp(db: PrismaClient, tenant: { id: string; timeZone: string }) {
  if (await db.followUpCheckIn.count({ where: { tenantId: tenant.id } })) return;
  const now = Date.now();
  const installed = await db.installationRequest.findMany({
    where: {
      tenantId: tenant.id,
      anonymisedAt: null,
      installedAt: { lte: new Date(now - 92 * day) },
    },
    select: { id: true, installedAt: true },
    orderBy: { installedAt: "asc" },
    take: ANSWERS.length,
  });
  for (const [index, request] of installed.entries()) {
    const answer = ANSWERS[index];
    const sentAt = threeMonthsAfter(request.installedAt!);
    // The call back is recent, so it waits in the tasks; the others answered within a few days.
    const answeredAt = needsCallBack(answer)
      ? new Date(now - 2 * day)
      : new Date(Math.min(sentAt.getTime() + 3 * day, now - day));
    const checkIn = await db.followUpCheckIn.create({
      data: {
        tenantId: tenant.id,
        requestId: request.id,
        milestone: 3,
        // Demo links are random and never sent: nobody holds them.
        tokenHash: hashLinkToken(newLinkToken()),
        expiresAt: new Date(sentAt.getTime() + LINK_DAYS * day),
        sentAt,
        createdAt: sentAt,
        answeredAt,
        ...answer,
      },
    });
    if (needsCallBack(answer)) {
      await db.followUpTask.create({
        data: {
          tenantId: tenant.id,
          requestId: request.id,
          checkInId: checkIn.id,
          dueDate: addWorkingDays(todayInTimeZone(tenant.timeZone, answeredAt), CALL_BACK_WORKING_DAYS),
          createdAt: answeredAt,
        },
      });
    }
  }
}
