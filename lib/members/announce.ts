import type { Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { announcementEmail } from "@/lib/mail/templates/announcement";

type Tenant = { id: string; slug: string; name: string };

/**
 * Tells the tenant's active members who asked for it (profile preferences) that something new is
 * published. Queued in the caller's transaction: the publication and its emails stand or fall together.
 */
export async function announceToMembers(
  tx: Tx,
  tenant: Tenant,
  preference: "notifyEvents" | "notifyOffers",
  content: { kind: string; subject: string; paragraphs: string[]; path: string },
): Promise<number> {
  const recipients = await tx.membership.findMany({
    where: { tenantId: tenant.id, status: "ACTIVE", [preference]: true },
    select: { user: { select: { email: true } } },
  });
  const url = new URL(content.path, getEnv().APP_URL).toString();
  const profileUrl = new URL(`/${tenant.slug}/portal/profile`, getEnv().APP_URL).toString();
  for (const r of recipients) {
    await queueTenantEmail(tx, {
      tenantId: tenant.id,
      kind: content.kind,
      to: r.user.email,
      ...announcementEmail({
        tenantName: tenant.name,
        subject: content.subject,
        paragraphs: content.paragraphs,
        url,
        profileUrl,
      }),
    });
  }
  return recipients.length;
}
