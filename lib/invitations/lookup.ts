import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashLinkToken, LINK_TOKEN_PATTERN } from "@/lib/tokens";

export type InvitationState = "valid" | "expired" | "used" | "revoked" | "invalid";

export type InvitationLookup =
  | { state: "invalid" }
  | {
      state: Exclude<InvitationState, "invalid">;
      invitation: { id: string; email: string; role: Role; expiresAt: Date };
    };

/** Looks an invitation link up within the tenant of the URL only. */
export async function lookupInvitation(tenantId: string, token: string, now = new Date()): Promise<InvitationLookup> {
  if (!LINK_TOKEN_PATTERN.test(token)) return { state: "invalid" };
  const invitation = await db.invitation.findFirst({
    where: { tenantId, tokenHash: hashLinkToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  if (!invitation) return { state: "invalid" };
  const { usedAt, revokedAt, ...rest } = invitation;
  if (usedAt) return { state: "used", invitation: rest };
  if (revokedAt) return { state: "revoked", invitation: rest };
  if (invitation.expiresAt <= now) return { state: "expired", invitation: rest };
  return { state: "valid", invitation: rest };
}
