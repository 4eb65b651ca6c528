import { db, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ActionError } from "@/lib/forms/result";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { confirmNewEmailEmail, emailChangeNoticeEmail } from "@/lib/mail/templates/email-change";
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken } from "@/lib/tokens";

import { recordRequestEvent } from "./timeline";

// A new contact address given on the tracking page replaces the old one only once it confirms by link
// (issue 10, §4): whoever holds a tracking link cannot silently divert the CPTS's emails. The old address
// is told when the change is asked for and when it takes effect.

export const EMAIL_CHANGE_VALIDITY_MS = 48 * 60 * 60 * 1000;
/** Each change asked for emails both addresses: a limit per request and hour, like the newcomer's replies. */
export const EMAIL_CHANGES_PER_HOUR = 5;

type Tenant = { id: string; slug: string; name: string };
type Tracked = { id: string; reference: string; firstName: string; lastName: string; email: string; locale: string };

export function emailChangeUrl(tenantSlug: string, token: string): string {
  return new URL(`/${tenantSlug}/email-change/${token}`, getEnv().APP_URL).toString();
}

async function contactEmailOf(tx: Tx, tenantId: string): Promise<string> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { contactEmail: true } });
  return tenant.contactEmail;
}

/** In the caller's transaction: records the pending change (replacing any earlier one) and queues both emails. */
export async function askEmailChange(
  tx: Tx,
  tenant: Tenant,
  { request, newEmail, now = new Date() }: { request: Tracked; newEmail: string; now?: Date },
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`email-change:${request.id}`}, 0))`;
  const recent = await tx.requestEvent.count({
    where: {
      tenantId: tenant.id,
      requestId: request.id,
      type: "email.change_requested",
      createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) },
    },
  });
  if (recent >= EMAIL_CHANGES_PER_HOUR) throw new ActionError("emailChange.errors.tooMany");
  const token = newLinkToken();
  const change = {
    newEmail,
    tokenHash: hashLinkToken(token),
    expiresAt: new Date(now.getTime() + EMAIL_CHANGE_VALIDITY_MS),
    createdAt: now,
  };
  await tx.requestEmailChange.upsert({
    where: { requestId: request.id },
    create: { tenantId: tenant.id, requestId: request.id, ...change },
    update: change,
  });
  await recordRequestEvent(tx, {
    tenantId: tenant.id,
    requestId: request.id,
    actorId: null,
    actorLabel: `${request.firstName} ${request.lastName}`,
    type: "email.change_requested",
    // Anonymisation finds every address the person ever gave here (lib/requests/anonymise.ts).
    data: { email: newEmail, from: { email: request.email } },
    public: true,
    audit: false,
  });
  const common = {
    locale: request.locale,
    tenantName: tenant.name,
    firstName: request.firstName,
    reference: request.reference,
  };
  await queueTenantEmail(tx, {
    tenantId: tenant.id,
    kind: "request.email_change.confirm",
    to: newEmail,
    ...confirmNewEmailEmail({ ...common, confirmUrl: emailChangeUrl(tenant.slug, token) }),
  });
  await queueTenantEmail(tx, {
    tenantId: tenant.id,
    kind: "request.email_change.requested",
    to: request.email,
    ...emailChangeNoticeEmail({ ...common, step: "requested", contactEmail: await contactEmailOf(tx, tenant.id) }),
  });
}

/** The confirmation page's change: unknown, malformed, expired, used or other-tenant tokens are all null. */
export async function findEmailChange(tenantId: string, token: string, now = new Date()) {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  return db.requestEmailChange.findFirst({
    where: {
      tenantId,
      tokenHash: hashLinkToken(token),
      expiresAt: { gt: now },
      request: { tenantId, anonymisedAt: null, trackingRevokedAt: null },
    },
    select: { newEmail: true, request: { select: { reference: true } } },
  });
}

/** The new address confirms: it becomes the request's email, the link is used up, the old address is told. */
export async function confirmEmailChange(tenant: Tenant, token: string, { now = new Date() } = {}): Promise<void> {
  if (!LINK_TOKEN_PATTERN.test(token)) throw new ActionError("errors.notFound");
  await db.$transaction(async (tx) => {
    // Locked: two clicks at once (or an anonymisation) cannot both use the link.
    const [change] = await tx.$queryRaw<{ id: string; requestId: string; newEmail: string }[]>`
      SELECT "id", "requestId", "newEmail" FROM "RequestEmailChange"
      WHERE "tenantId" = ${tenant.id} AND "tokenHash" = ${hashLinkToken(token)} AND "expiresAt" > ${now}
      FOR UPDATE`;
    if (!change) throw new ActionError("errors.notFound");
    const request = await tx.installationRequest.findFirst({
      where: { id: change.requestId, tenantId: tenant.id, anonymisedAt: null, trackingRevokedAt: null },
      select: { id: true, reference: true, firstName: true, lastName: true, email: true, locale: true },
    });
    if (!request) throw new ActionError("errors.notFound");
    await tx.requestEmailChange.delete({ where: { id: change.id } });
    await tx.installationRequest.update({
      where: { id: request.id, tenantId: tenant.id },
      data: { email: change.newEmail },
    });
    await recordRequestEvent(tx, {
      tenantId: tenant.id,
      requestId: request.id,
      actorId: null,
      actorLabel: `${request.firstName} ${request.lastName}`,
      type: "email.changed",
      data: { email: change.newEmail, from: { email: request.email } },
      public: true,
      audit: false,
    });
    await queueTenantEmail(tx, {
      tenantId: tenant.id,
      kind: "request.email_change.done",
      to: request.email,
      ...emailChangeNoticeEmail({
        locale: request.locale,
        tenantName: tenant.name,
        firstName: request.firstName,
        reference: request.reference,
        step: "done",
        contactEmail: await contactEmailOf(tx, tenant.id),
      }),
    });
  });
}
