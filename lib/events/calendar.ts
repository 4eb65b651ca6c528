import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken } from "@/lib/tokens";

import { buildCalendar } from "./ical";

export function calendarFeedUrl(tenantSlug: string, token: string): string {
  return new URL(`/${tenantSlug}/calendar/${token}`, getEnv().APP_URL).toString();
}

/** A new private feed URL (any previous one stops working). The clear token is shown once, never stored. */
export async function createCalendarFeed(tenant: { id: string; slug: string }, membershipId: string): Promise<string> {
  const token = newLinkToken();
  await db.membership.update({
    where: { id: membershipId, tenantId: tenant.id },
    data: { calendarTokenHash: hashLinkToken(token) },
  });
  return calendarFeedUrl(tenant.slug, token);
}

export async function revokeCalendarFeed(tenantId: string, membershipId: string): Promise<void> {
  await db.membership.update({ where: { id: membershipId, tenantId }, data: { calendarTokenHash: null } });
}

/** The feed of one member: their own active registrations only. Null for any token that is not valid here. */
export async function calendarForToken(tenantSlug: string, token: string): Promise<string | null> {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  const membership = await db.membership.findFirst({
    where: { calendarTokenHash: hashLinkToken(token), status: "ACTIVE", tenant: { slug: tenantSlug } },
    select: { id: true, tenantId: true, tenant: { select: { name: true } } },
  });
  if (!membership) return null;
  const registrations = await db.eventRegistration.findMany({
    where: { tenantId: membership.tenantId, membershipId: membership.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    select: {
      event: {
        select: { id: true, title: true, description: true, place: true, startsAt: true, endsAt: true, status: true },
      },
    },
    take: 500,
  });
  return buildCalendar(
    membership.tenant.name,
    registrations.map((r) => r.event),
  );
}

export async function eventCalendar(tenantId: string, eventId: string): Promise<{ ics: string; title: string } | null> {
  const event = await db.event.findFirst({
    where: { id: eventId, tenantId, status: { in: ["PUBLISHED", "CANCELLED"] } },
    select: {
      id: true,
      title: true,
      description: true,
      place: true,
      startsAt: true,
      endsAt: true,
      status: true,
      tenant: { select: { name: true } },
    },
  });
  if (!event) return null;
  return { ics: buildCalendar(event.tenant.name, [event]), title: event.title };
}

export const ICS_HEADERS = { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store" };
