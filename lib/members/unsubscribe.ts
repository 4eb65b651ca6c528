import { createHmac, timingSafeEqual } from "node:crypto";

import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";

/** The two kinds of announcement a member can stop, each tied to one profile preference. */
export const ANNOUNCEMENT_TOPICS = { events: "notifyEvents", offers: "notifyOffers" } as const;
export type AnnouncementTopic = keyof typeof ANNOUNCEMENT_TOPICS;

const TOKEN_PATTERN = /^(events|offers)\.([a-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/;

function signature(topic: AnnouncementTopic, membershipId: string): string {
  return createHmac("sha256", getEnv().AUTH_SECRET).update(`unsubscribe:${topic}:${membershipId}`).digest("base64url");
}

/**
 * The link in every announcement: signed, so it needs no storage and cannot be forged for another member;
 * it only ever turns one preference off.
 */
export function unsubscribeToken(topic: AnnouncementTopic, membershipId: string): string {
  return `${topic}.${membershipId}.${signature(topic, membershipId)}`;
}

export function readUnsubscribeToken(token: string): { topic: AnnouncementTopic; membershipId: string } | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const [, topic, membershipId, given] = match as unknown as [string, AnnouncementTopic, string, string];
  const expected = Buffer.from(signature(topic, membershipId));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { topic, membershipId };
}

/** The confirmation page (GET: shows, never changes) and the one-click endpoint (POST: unsubscribes). */
export function unsubscribePageUrl(tenantSlug: string, token: string): string {
  return new URL(`/${tenantSlug}/unsubscribe/${token}`, getEnv().APP_URL).toString();
}

export function oneClickUnsubscribeUrl(tenantSlug: string, token: string): string {
  return new URL(`/${tenantSlug}/unsubscribe/${token}/one-click`, getEnv().APP_URL).toString();
}

/** Who the link is for, in the tenant of the URL only; null for a bad token or another tenant's member. */
export async function findUnsubscribeTarget(tenantId: string, token: string) {
  const parsed = readUnsubscribeToken(token);
  if (!parsed) return null;
  const membership = await db.membership.findFirst({
    where: { id: parsed.membershipId, tenantId },
    select: { id: true, notifyEvents: true, notifyOffers: true, user: { select: { email: true } } },
  });
  if (!membership) return null;
  return {
    topic: parsed.topic,
    membershipId: membership.id,
    email: membership.user.email,
    subscribed: membership[ANNOUNCEMENT_TOPICS[parsed.topic]],
  };
}

/** Turns the preference off (idempotent) and keeps a trace of who asked, for the CPTS. */
export async function unsubscribe(tenantId: string, token: string): Promise<boolean> {
  const target = await findUnsubscribeTarget(tenantId, token);
  if (!target) return false;
  if (!target.subscribed) return true;
  await db.$transaction(async (tx) => {
    await tx.membership.update({
      where: { id: target.membershipId, tenantId },
      data: { [ANNOUNCEMENT_TOPICS[target.topic]]: false },
    });
    await recordAudit(tx, {
      tenantId,
      actorId: null,
      action: "announcements.unsubscribed",
      targetType: "Membership",
      targetId: target.membershipId,
      details: { topic: target.topic },
    });
  });
  return true;
}
