"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { publicTenantAction } from "@/lib/actions/public";
import { reserveSignInLink } from "@/lib/auth/link-limits";
import { requestSignInLinkFor } from "@/lib/auth/request-link";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ActionError, ok } from "@/lib/forms/result";
import { clientAddress } from "@/lib/http/client-address";
import { tenantAction } from "@/lib/tenancy/action";
import { can, invitePermission } from "@/lib/tenancy/permissions";

import { acceptPendingInvitations } from "./accept";
import { lookupInvitation } from "./lookup";
import { ZInvitation, ZRevokeInvitation } from "./schemas";
import { createInvitation, revokeInvitation } from "./service";

export const inviteMemberAction = tenantAction("members.view", ZInvitation, async ({ tenant, user, role }, input) => {
  if (!can(role, invitePermission(input.role))) throw new ActionError("errors.invitation.roleNotAllowed", "role");
  await db.$transaction((tx) =>
    createInvitation(tx, { tenant, email: input.email, role: input.role, invitedBy: user, inviterRole: role }),
  );
  revalidatePath(`/${tenant.slug}/admin/members`);
  return ok({ email: input.email }, "invitations.sent");
});

export const revokePendingInvitationAction = tenantAction(
  "members.view",
  ZRevokeInvitation,
  async ({ tenant, user, role }, input) => {
    await db.$transaction((tx) =>
      revokeInvitation(
        tx,
        { tenantId: tenant.id, userId: user.id, canInviteAs: (r) => can(role, invitePermission(r)) },
        input.invitationId,
      ),
    );
    revalidatePath(`/${tenant.slug}/admin/members`);
    return ok(undefined, "invitations.revoked");
  },
);

const ZInvitationLink = z.object({ token: z.string().max(100) });

/** Public endpoint: the invitation token is the only credential, checked against the tenant of the URL. */
export const acceptInvitationAction = publicTenantAction(ZInvitationLink, async ({ tenant }, input) => {
  const lookup = await lookupInvitation(tenant.id, input.token);
  if (lookup.state !== "valid") return { ok: false, formError: `invitations.state.${lookup.state}` };
  const { invitation } = lookup;
  const destination = invitation.role === "MEMBER" ? `/${tenant.slug}/portal` : `/${tenant.slug}/admin`;
  const user = await getCurrentUser();
  if (user && user.email === invitation.email) {
    await acceptPendingInvitations(user);
    redirect(destination);
  }
  if (user) throw new ActionError("invitations.otherAccount");
  // Not signed in: the sign-in link sent to the invited address redeems the invitation. Same limits
  // and same neutral answer as the login form.
  const client = clientAddress(await headers(), getEnv().TRUSTED_PROXY_HOPS);
  let delivered = true;
  if (await reserveSignInLink(invitation.email, client)) {
    ({ delivered } = await requestSignInLinkFor(invitation.email, destination));
  }
  redirect(`/login/check?status=${delivered ? "sent" : "delayed"}`);
});
