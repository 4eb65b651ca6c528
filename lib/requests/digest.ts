import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import { mailDateLocale, mailTranslator } from "@/lib/mail/i18n";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { dailyDigestEmail } from "@/lib/mail/templates/digest";
import { waitingReferrals } from "@/lib/network/waiting";

import { staffRequestUrl } from "./links";
import { isResponseOverdue, OPEN_STAGES } from "./stages";

const MAX_LINES = 50;

/**
 * What is late in one tenant: requests past the response promise, needs past their due date; and the
 * call backs owed after follow-up check-ins.
 */
export async function lateItems(tenant: { id: string; firstResponseDays: number }, now = new Date()) {
  const earliest = new Date(now.getTime() - tenant.firstResponseDays * 86_400_000);
  // Working days are never fewer than calendar days, so this pre-filter keeps every late request.
  const candidates = await db.installationRequest.findMany({
    where: {
      tenantId: tenant.id,
      anonymisedAt: null,
      firstResponseAt: null,
      stage: { in: [...OPEN_STAGES] },
      createdAt: { lt: earliest },
    },
    select: {
      id: true,
      reference: true,
      firstName: true,
      lastName: true,
      createdAt: true,
      firstResponseAt: true,
      stage: true,
    },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  const lateResponses = candidates
    .filter((r) => isResponseOverdue(r, tenant.firstResponseDays, now))
    .slice(0, MAX_LINES);
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const lateNeeds = await db.requestNeed.findMany({
    where: {
      tenantId: tenant.id,
      status: { in: ["TODO", "IN_PROGRESS"] },
      dueDate: { lt: today },
      request: { stage: { in: [...OPEN_STAGES] }, anonymisedAt: null },
    },
    select: { id: true, type: true, dueDate: true, request: { select: { id: true, reference: true } } },
    orderBy: { dueDate: "asc" },
    take: MAX_LINES,
  });
  // Call backs owed after a follow-up check-in: every open one, due or not (they are due within days).
  const followUps = await db.followUpTask.findMany({
    where: { tenantId: tenant.id, doneAt: null, request: { anonymisedAt: null } },
    select: {
      id: true,
      dueDate: true,
      request: { select: { id: true, reference: true, firstName: true, lastName: true } },
    },
    orderBy: { dueDate: "asc" },
    take: MAX_LINES,
  });
  return { lateResponses, lateNeeds, followUps };
}

/** The scheduled daily digest: one email per coordinator of each tenant that has something late. */
export async function sendDailyDigests(now = new Date()): Promise<number> {
  const tenants = await db.tenant.findMany({
    select: { id: true, slug: true, name: true, firstResponseDays: true, referralReminderDays: true },
  });
  let sent = 0;
  for (const tenant of tenants) {
    const { lateResponses, lateNeeds, followUps } = await lateItems(tenant, now);
    const referrals = await waitingReferrals(tenant, now);
    if (!lateResponses.length && !lateNeeds.length && !followUps.length && !referrals.length) continue;
    const coordinators = await db.membership.findMany({
      where: { tenantId: tenant.id, role: "COORDINATOR", status: "ACTIVE" },
      select: { user: { select: { email: true, locale: true } } },
    });
    // One text per language of the coordinators, each in their own.
    const contentIn = (locale: string) => {
      const t = mailTranslator(locale);
      return dailyDigestEmail({
        locale,
        tenantName: tenant.name,
        lateResponses: lateResponses.map((r) => ({
          reference: r.reference,
          applicant: `${r.firstName} ${r.lastName}`,
          url: staffRequestUrl(tenant.slug, r.id),
        })),
        lateNeeds: lateNeeds.map((n) => ({
          reference: n.request.reference,
          need: t(`requests.needs.${n.type}`),
          dueDate: formatDate(n.dueDate!, "UTC", mailDateLocale(locale)),
          url: staffRequestUrl(tenant.slug, n.request.id),
        })),
        followUps: followUps.map((f) => ({
          reference: f.request.reference,
          name: `${f.request.firstName} ${f.request.lastName}`,
          dueDate: formatDate(f.dueDate, "UTC", mailDateLocale(locale)),
          url: staffRequestUrl(tenant.slug, f.request.id),
        })),
        waitingReferrals: referrals.map((r) => ({
          reference: r.request.reference,
          actor: r.actor.name,
          url: staffRequestUrl(tenant.slug, r.request.id),
        })),
        listUrl: new URL(`/${tenant.slug}/admin/requests`, getEnv().APP_URL).toString(),
      });
    };
    await db.$transaction(async (tx) => {
      for (const { user } of coordinators) {
        await queueTenantEmail(tx, {
          tenantId: tenant.id,
          kind: "digest.daily",
          to: user.email,
          ...contentIn(user.locale),
        });
        sent++;
      }
    });
  }
  return sent;
}
