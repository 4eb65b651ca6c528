import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { mailDateLocale, mailTranslator, type MailTranslator } from "@/lib/mail/i18n";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { announcementEmail } from "@/lib/mail/templates/announcement";

import {
  ANNOUNCEMENT_TOPICS,
  oneClickUnsubscribeUrl,
  unsubscribePageUrl,
  unsubscribeToken,
  type AnnouncementTopic,
} from "./unsubscribe";

type Tenant = { id: string; slug: string; name: string };
/** Writes the announcement in one recipient's language (dates in that language's format too). */
type Compose = (t: MailTranslator, dateLocale: string) => { subject: string; paragraphs: string[] };

/** Active members whose preference allows this announcement (offers: opt-in; events: opt-out). */
function audienceWhere(tenantId: string, topic: AnnouncementTopic) {
  return { tenantId, status: "ACTIVE" as const, [ANNOUNCEMENT_TOPICS[topic]]: true };
}

/** What staff see next to "Publier" before they publish. */
export async function announcementAudience(tenantId: string, topic: AnnouncementTopic): Promise<number> {
  return db.membership.count({ where: audienceWhere(tenantId, topic) });
}

/**
 * Tells the tenant's active members who asked for it (profile preferences) that something new is
 * published. Queued in the caller's transaction: the publication and its emails stand or fall together.
 * Every copy carries its own one-click unsubscribe link (RFC 8058), in the text and in the headers.
 */
export async function announceToMembers(
  tx: Tx,
  tenant: Tenant,
  { topic, kind, path, compose }: { topic: AnnouncementTopic; kind: string; path: string; compose: Compose },
): Promise<number> {
  const recipients = await tx.membership.findMany({
    where: audienceWhere(tenant.id, topic),
    select: { id: true, user: { select: { email: true, locale: true } } },
  });
  const url = new URL(path, getEnv().APP_URL).toString();
  const profileUrl = new URL(`/${tenant.slug}/portal/profile`, getEnv().APP_URL).toString();
  for (const r of recipients) {
    const token = unsubscribeToken(topic, r.id);
    await queueTenantEmail(tx, {
      tenantId: tenant.id,
      kind,
      to: r.user.email,
      unsubscribeUrl: oneClickUnsubscribeUrl(tenant.slug, token),
      ...announcementEmail({
        locale: r.user.locale,
        tenantName: tenant.name,
        ...compose(mailTranslator(r.user.locale), mailDateLocale(r.user.locale)),
        url,
        profileUrl,
        unsubscribeUrl: unsubscribePageUrl(tenant.slug, token),
      }),
    });
  }
  return recipients.length;
}
