import type { Task, TaskList } from "graphile-worker";
import { z } from "zod";

import { db } from "@/lib/db";
import { EXPIRE_HOUSING_OPTIONS_TASK } from "@/lib/housing/expiry";
import { PLATFORM_EMAIL_TASK, TENANT_EMAIL_TASK } from "@/lib/mail/outbox";
import { sendMail } from "@/lib/mail/send";
import { STAFF_NOTIFY_TASK } from "@/lib/requests/staff-notification";
import { withoutLinkTokens } from "@/lib/tokens";

const ZTenantEmailPayload = z.object({ outboundEmailId: z.string().min(1) });
const ZPlatformEmailPayload = z.object({ to: z.string(), subject: z.string(), text: z.string(), html: z.string() });

const sendTenantEmail: Task = async (payload, helpers) => {
  const { outboundEmailId } = ZTenantEmailPayload.parse(payload);
  const row = await db.outboundEmail.findUnique({ where: { id: outboundEmailId } });
  if (!row || row.status === "SENT") return;
  try {
    await sendMail(
      { to: row.to, subject: row.subject, text: row.text, html: row.html },
      { unsubscribeUrl: row.unsubscribeUrl },
    );
  } catch (error) {
    const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
    await db.outboundEmail.update({
      where: { id: row.id },
      data: {
        attempts: { increment: 1 },
        lastError: String((error as Error).message ?? error).slice(0, 1000),
        lastTriedAt: new Date(),
        status: lastAttempt ? "FAILED" : "PENDING",
      },
    });
    throw error; // graphile-worker retries with exponential backoff
  }
  await db.outboundEmail.update({
    where: { id: row.id },
    data: {
      status: "SENT",
      sentAt: new Date(),
      lastTriedAt: new Date(),
      attempts: { increment: 1 },
      lastError: null,
      // Sent: the stored copy no longer needs the link tokens (only their hashes are kept).
      text: withoutLinkTokens(row.text),
      html: withoutLinkTokens(row.html),
    },
  });
};

const sendPlatformEmail: Task = async (payload) => {
  await sendMail(ZPlatformEmailPayload.parse(payload));
};

const dailyDigest: Task = async () => {
  const { sendDailyDigests } = await import("@/lib/requests/digest");
  await sendDailyDigests();
};

const purgeSignIn: Task = async (_payload, helpers) => {
  const { purgeSignInLeftovers } = await import("@/lib/auth/link-limits");
  const purged = await purgeSignInLeftovers();
  helpers.logger.info(`Connexion : ${purged.tokens} liens expirés et ${purged.requests} compteurs effacés`);
};

const scheduleCheckInsTask: Task = async (_payload, helpers) => {
  const { scheduleCheckIns } = await import("@/lib/followup/schedule");
  const sent = await scheduleCheckIns();
  if (sent) helpers.logger.info(`Suivi après installation : ${sent} questionnaires envoyés`);
};

const ZStaffNotifyPayload = z.object({ tenantId: z.string().min(1) });

const notifyStaff: Task = async (payload) => {
  const { notifyStaffOfNewRequests } = await import("@/lib/requests/staff-notification");
  await notifyStaffOfNewRequests(ZStaffNotifyPayload.parse(payload).tenantId);
};

const expireHousing: Task = async (_payload, helpers) => {
  const { expireHousingOptions } = await import("@/lib/housing/expiry");
  const expired = await expireHousingOptions();
  if (expired > 0) helpers.logger.info(`Logement : ${expired} options expirées`);
};

export const DAILY_DIGEST_TASK = "daily-digest";
export const PURGE_SIGN_IN_TASK = "purge-sign-in";
/** Follow-up after installation (lib/followup/schedule.ts): the check-ins due today. */
export const SCHEDULE_CHECK_INS_TASK = "schedule-check-ins";

export const taskList: TaskList = {
  [TENANT_EMAIL_TASK]: sendTenantEmail,
  [PLATFORM_EMAIL_TASK]: sendPlatformEmail,
  [DAILY_DIGEST_TASK]: dailyDigest,
  [PURGE_SIGN_IN_TASK]: purgeSignIn,
  [STAFF_NOTIFY_TASK]: notifyStaff,
  [SCHEDULE_CHECK_INS_TASK]: scheduleCheckInsTask,
  [EXPIRE_HOUSING_OPTIONS_TASK]: expireHousing,
};

/**
 * Scheduled jobs, in graphile-worker's crontab syntax (server time, UTC).
 * The digest leaves on working days at 11:00 UTC: 12:00 in Paris, 8:00 in Cayenne.
 * Expired sign-in links and old sign-in counters are deleted every night.
 * Follow-up check-ins leave every day at 9:30 UTC (10:30 in Paris, 6:30 in Cayenne, read over breakfast).
 * Housing options lapse at their expiry (a job queued with each option); the sweep every 10 minutes is
 * the backstop.
 */
export const crontab = [
  `0 11 * * 1-5 ${DAILY_DIGEST_TASK}`,
  `17 3 * * * ${PURGE_SIGN_IN_TASK}`,
  `30 9 * * * ${SCHEDULE_CHECK_INS_TASK}`,
  `*/10 * * * * ${EXPIRE_HOUSING_OPTIONS_TASK}`,
].join("\n");
