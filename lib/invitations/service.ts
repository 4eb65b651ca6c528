import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ActionError } from "@/lib/forms/result";
import type { Role } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/i18n/format";
import { mailDateLocale, mailTranslator } from "@/lib/mail/i18n";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { invitationEmail } from "@/lib/mail/templates/invitation";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { INVITATION_VALID_DAYS } from "./schemas";

export type InvitingTenant = { id: string; slug: string; name: string; timeZone: string };

export function invitationUrl(tenantSlug: string, token: string): string {
  return new URL(`/${tenantSlug}/invitation/${token}`, getEnv().APP_URL).toString();
}

/**
 * Records the invitation, its email (outbox) and the audit row in the caller's transaction.
 * Returns the clear token, which exists only in the email.
 */
export async function createInvitation(
  tx: Tx,
  input: {
    tenant: InvitingTenant;
    email: string;
    role: Role;
    invitedBy: { id: string; name: string | null } | null;
    /** The inviter's role in this tenant (null: the platform, creating the tenant). */
    inviterRole: Role | null;
  },
): Promise<{ invitationId: string; token: string }> {
  const { tenant, email, role, invitedBy } = input;
  const existing = await tx.membership.findFirst({
    where: { tenantId: tenant.id, user: { email } },
    select: { status: true },
  });
  if (existing?.status === "ACTIVE") throw new ActionError("errors.invitation.alreadyMember", "email");
  // Suspended or removed by a coordinator: only a coordinator may bring the person back.
  const returning = existing !== null;
  if (returning && input.inviterRole !== "COORDINATOR")
    throw new ActionError("errors.invitation.returningNeedsCoordinator", "email");

  // Only the latest invitation of an address stays valid.
  await tx.invitation.updateMany({
    where: { tenantId: tenant.id, email, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });

  const token = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await tx.invitation.create({
    data: {
      tenantId: tenant.id,
      email,
      role,
      tokenHash: hashLinkToken(token),
      expiresAt,
      invitedById: invitedBy?.id ?? null,
      allowsReturn: returning,
    },
    select: { id: true },
  });
  // Someone who already has an account reads their invitation in their language; anyone else in French.
  const locale = (await tx.user.findUnique({ where: { email }, select: { locale: true } }))?.locale ?? "fr";
  await queueTenantEmail(tx, {
    tenantId: tenant.id,
    kind: "invitation",
    to: email,
    ...invitationEmail({
      locale,
      tenantName: tenant.name,
      roleLabel: mailTranslator(locale)(`mail.roles.${role}`),
      url: invitationUrl(tenant.slug, token),
      inviterName: invitedBy?.name ?? undefined,
      expiresAt: formatDateTime(expiresAt, tenant.timeZone, mailDateLocale(locale)),
    }),
  });
  await recordAudit(tx, {
    tenantId: tenant.id,
    actorId: invitedBy?.id ?? null,
    action: "invitation.created",
    targetType: "Invitation",
    targetId: invitation.id,
    details: { email, role },
  });
  return { invitationId: invitation.id, token };
}

/** A pending invitation can be withdrawn (a mistyped address, a wrong role) by whoever could have sent it. */
export async function revokeInvitation(
  tx: Tx,
  actor: { tenantId: string; userId: string; canInviteAs: (role: Role) => boolean },
  invitationId: string,
): Promise<void> {
  const invitation = await tx.invitation.findFirst({
    where: { id: invitationId, tenantId: actor.tenantId, usedAt: null, revokedAt: null },
    select: { id: true, role: true, email: true },
  });
  if (!invitation) throw new ActionError("errors.notFound");
  if (!actor.canInviteAs(invitation.role)) throw new ActionError("errors.forbidden");
  await tx.invitation.update({
    where: { id: invitation.id, tenantId: actor.tenantId },
    data: { revokedAt: new Date() },
  });
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actorId: actor.userId,
    action: "invitation.revoked",
    targetType: "Invitation",
    targetId: invitation.id,
    details: { role: invitation.role },
  });
}
