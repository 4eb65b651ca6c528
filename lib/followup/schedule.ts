// Loaded by the job worker: no "server-only", nothing from next/*.
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import { mailDateLocale } from "@/lib/mail/i18n";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { checkInEmail } from "@/lib/mail/templates/followup";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

/** Months after installation at which the person is asked how it goes. */
export const MILESTONES = [3, 6, 12] as const;
/** A check-in link stays valid this long. */
export const CHECK_IN_LINK_DAYS = 45;
/**
 * A milestone is sent within this many days of its date: a request installed long before (imported
 * history, a job that did not run) gets the next milestone, never a pile of late questionnaires.
 */
export const SEND_WINDOW_DAYS = 31;

const DAY = 86_400_000;

/** The same instant N calendar months later (UTC), the day clamped to the end of a shorter month. */
export function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * The milestone to send now, if any: the latest one whose date has come, within its window, and
 * neither it nor a later one already sent.
 */
export function dueMilestone(installedAt: Date, now: Date, sent: readonly number[]): number | null {
  const reached = MILESTONES.filter((m) => addMonths(installedAt, m) <= now);
  const latest = reached.at(-1);
  if (latest === undefined) return null;
  if (sent.some((m) => m >= latest)) return null;
  if (now.getTime() - addMonths(installedAt, latest).getTime() >= SEND_WINDOW_DAYS * DAY) return null;
  return latest;
}

export function checkInUrl(tenantSlug: string, token: string): string {
  return new URL(`/${tenantSlug}/check-in/${token}`, getEnv().APP_URL).toString();
}

/**
 * The daily job: for every installed newcomer (installed, then possibly member) who has not stopped
 * the check-ins, writes the check-in due today with its link's hash and queues its email, in one
 * transaction. Running it twice sends nothing twice (one check-in per request and milestone).
 */
export async function scheduleCheckIns(now = new Date()): Promise<number> {
  const oldest = new Date(addMonths(now, -MILESTONES.at(-1)!).getTime() - SEND_WINDOW_DAYS * DAY);
  const candidates = await db.installationRequest.findMany({
    where: {
      stage: { in: ["INSTALLED", "MEMBER"] },
      installedAt: { gte: oldest, lte: addMonths(now, -MILESTONES[0]) },
      anonymisedAt: null,
      deletionRequestedAt: null,
      checkInsStoppedAt: null,
    },
    select: {
      id: true,
      tenantId: true,
      installedAt: true,
      firstName: true,
      email: true,
      locale: true,
      tenant: { select: { slug: true, name: true, timeZone: true } },
      checkIns: { select: { milestone: true } },
    },
    orderBy: { installedAt: "asc" },
    take: 2000,
  });
  let sent = 0;
  for (const request of candidates) {
    const milestone = dueMilestone(
      request.installedAt!,
      now,
      request.checkIns.map((c) => c.milestone),
    );
    if (milestone === null) continue;
    const token = newLinkToken();
    const expiresAt = new Date(now.getTime() + CHECK_IN_LINK_DAYS * DAY);
    await db.$transaction(async (tx) => {
      const created = await tx.followUpCheckIn.createMany({
        data: [
          {
            tenantId: request.tenantId,
            requestId: request.id,
            milestone,
            tokenHash: hashLinkToken(token),
            expiresAt,
            sentAt: now,
          },
        ],
        skipDuplicates: true, // another run got there first
      });
      if (created.count === 0) return;
      await queueTenantEmail(tx, {
        tenantId: request.tenantId,
        kind: "followUp.checkIn",
        to: request.email,
        ...checkInEmail({
          locale: request.locale,
          tenantName: request.tenant.name,
          firstName: request.firstName,
          months: milestone,
          url: checkInUrl(request.tenant.slug, token),
          validUntil: formatDate(expiresAt, request.tenant.timeZone, mailDateLocale(request.locale)),
        }),
      });
      sent++;
    });
  }
  return sent;
}
