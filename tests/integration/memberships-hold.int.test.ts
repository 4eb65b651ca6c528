import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { acceptPendingInvitations } from "@/lib/invitations/accept";
import { lookupInvitation } from "@/lib/invitations/lookup";

import { asCurrentUser, createTestTenant } from "./support/factories";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { inviteMemberAction: inviteMember, revokePendingInvitationAction: revokePendingInvitation } =
  await import("@/lib/invitations/actions");
const {
  changeMemberStatusAction: changeMemberStatus,
  changeRoleAction: changeRole,
  removeMemberAction: removeMember,
} = await import("@/lib/members/actions");

beforeEach(() => {
  currentUser = null;
});

async function giveSession(userId: string) {
  await db.session.create({
    data: { sessionToken: randomUUID(), userId, expires: new Date(Date.now() + 86_400_000) },
  });
}

async function tokenOfLatestInvitation(tenantId: string, email: string): Promise<string> {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { tenantId, to: email, kind: "invitation" },
    orderBy: { createdAt: "desc" },
  });
  return mail.text.match(/\/invitation\/([A-Za-z0-9_-]{43})/)![1];
}

describe("suspension and removal hold", () => {
  it("revokes pending invitations and ends sessions; a staff invitation cannot undo a suspension", async () => {
    const t = await createTestTenant("hold");
    // A staff invitation sent before the suspension (say, to change the member's role)…
    currentUser = asCurrentUser(t.staff);
    await db.membership.update({ where: { id: t.member.membershipId }, data: { status: "REMOVED" } });
    expect(await inviteMember(t.tenant.slug, { email: t.member.email, role: "MEMBER" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["errors.invitation.returningNeedsCoordinator"] },
    });
    await db.membership.update({ where: { id: t.member.membershipId }, data: { status: "ACTIVE" } });
    await db.invitation.create({
      data: {
        tenantId: t.tenant.id,
        email: t.member.email,
        role: "MEMBER",
        tokenHash: randomUUID(),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await giveSession(t.member.id);

    currentUser = asCurrentUser(t.coordinator);
    expect(
      await changeMemberStatus(t.tenant.slug, { membershipId: t.member.membershipId, active: false }),
    ).toMatchObject({ ok: true });
    expect(await db.session.count({ where: { userId: t.member.id } })).toBe(0);
    expect(
      await db.invitation.count({ where: { tenantId: t.tenant.id, email: t.member.email, revokedAt: null } }),
    ).toBe(0);

    // …and a staff member trying again after the suspension is refused.
    currentUser = asCurrentUser(t.staff);
    expect(await inviteMember(t.tenant.slug, { email: t.member.email, role: "MEMBER" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["errors.invitation.returningNeedsCoordinator"] },
    });
    expect(await acceptPendingInvitations({ id: t.member.id, email: t.member.email })).toEqual([]);
    expect((await db.membership.findUniqueOrThrow({ where: { id: t.member.membershipId } })).status).toBe("SUSPENDED");
  });

  it("never reactivates on acceptance, unless a coordinator invited the person back", async () => {
    const t = await createTestTenant("back");
    currentUser = asCurrentUser(t.coordinator);
    await giveSession(t.staff.id);
    expect(await removeMember(t.tenant.slug, { membershipId: t.staff.membershipId })).toMatchObject({ ok: true });
    expect(await db.session.count({ where: { userId: t.staff.id } })).toBe(0);

    // An invitation that does not say "a coordinator brings them back" (written before this rule).
    await db.invitation.create({
      data: {
        tenantId: t.tenant.id,
        email: t.staff.email,
        role: "STAFF",
        tokenHash: randomUUID(),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(await acceptPendingInvitations({ id: t.staff.id, email: t.staff.email })).toEqual([]);
    expect((await db.membership.findUniqueOrThrow({ where: { id: t.staff.membershipId } })).status).toBe("REMOVED");

    expect(await inviteMember(t.tenant.slug, { email: t.staff.email, role: "MEMBER" })).toMatchObject({ ok: true });
    expect(await acceptPendingInvitations({ id: t.staff.id, email: t.staff.email })).toEqual([t.tenant.id]);
    expect(await db.membership.findUniqueOrThrow({ where: { id: t.staff.membershipId } })).toMatchObject({
      status: "ACTIVE",
      role: "MEMBER",
    });
  });
});

describe("pending invitations can be revoked", () => {
  it("by whoever could have sent them, in this tenant only", async () => {
    const t = await createTestTenant("revoke");
    const other = await createTestTenant("revoke-b");
    currentUser = asCurrentUser(t.coordinator);
    await inviteMember(t.tenant.slug, { email: "chef.mal.tape@exemple.test", role: "COORDINATOR" });
    await inviteMember(t.tenant.slug, { email: "adherente@exemple.test", role: "MEMBER" });
    const chief = await db.invitation.findFirstOrThrow({ where: { email: "chef.mal.tape@exemple.test" } });
    const member = await db.invitation.findFirstOrThrow({ where: { email: "adherente@exemple.test" } });

    currentUser = asCurrentUser(t.staff);
    expect(await revokePendingInvitation(t.tenant.slug, { invitationId: chief.id })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    currentUser = asCurrentUser(other.coordinator);
    expect(await revokePendingInvitation(other.tenant.slug, { invitationId: member.id })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    currentUser = asCurrentUser(t.staff);
    expect(await revokePendingInvitation(t.tenant.slug, { invitationId: member.id })).toMatchObject({ ok: true });
    currentUser = asCurrentUser(t.coordinator);
    expect(await revokePendingInvitation(t.tenant.slug, { invitationId: chief.id })).toMatchObject({ ok: true });

    const token = await tokenOfLatestInvitation(t.tenant.id, "chef.mal.tape@exemple.test");
    expect((await lookupInvitation(t.tenant.id, token)).state).toBe("revoked");
    expect(await db.auditLog.count({ where: { tenantId: t.tenant.id, action: "invitation.revoked" } })).toBe(2);
  });
});

describe("the last coordinator", () => {
  it("survives two coordinators demoting each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const t = await createTestTenant(`duel${round}`);
      await db.membership.update({ where: { id: t.staff.membershipId }, data: { role: "COORDINATOR" } });
      // Each call runs as its own caller: two requests arriving together.
      const demote = async (who: "coordinator" | "staff", target: string) => {
        currentUser = asCurrentUser(t[who]);
        return changeRole(t.tenant.slug, { membershipId: target, role: "MEMBER" });
      };
      await Promise.all([demote("coordinator", t.staff.membershipId), demote("staff", t.coordinator.membershipId)]);
      const left = await db.membership.count({
        where: { tenantId: t.tenant.id, role: "COORDINATOR", status: "ACTIVE" },
      });
      expect(left).toBe(1);
    }
  });
});
