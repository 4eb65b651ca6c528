import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { acceptPendingInvitations } from "@/lib/invitations/accept";
import { lookupInvitation } from "@/lib/invitations/lookup";
import { createInvitation } from "@/lib/invitations/service";

import { createTestTenant, createUser, type TestTenant } from "./support/factories";

let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  a = await createTestTenant("inv-a");
  b = await createTestTenant("inv-b");
});

async function invite(t: TestTenant, email: string, role: "MEMBER" | "STAFF" | "COORDINATOR" = "MEMBER") {
  return db.$transaction((tx) =>
    createInvitation(tx, {
      tenant: t.tenant,
      email,
      role,
      invitedBy: { id: t.coordinator.id, name: t.coordinator.name },
      inviterRole: "COORDINATOR",
    }),
  );
}

describe("invitations", () => {
  it("records the invitation, its email and an audit row together, storing only the token's hash", async () => {
    const email = "nouvelle.adherente@exemple.test";
    const { invitationId, token } = await invite(a, email);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const mail = await db.outboundEmail.findFirst({ where: { tenantId: a.tenant.id, to: email } });
    expect(mail?.text).toContain(`/${a.tenant.slug}/invitation/${token}`);
    expect(mail?.status).toBe("PENDING");
    const audit = await db.auditLog.findFirst({
      where: { tenantId: a.tenant.id, action: "invitation.created", targetId: invitationId },
    });
    expect(audit?.actorId).toBe(a.coordinator.id);
  });

  it("creates the membership on first sign-in, then the link is used up", async () => {
    const email = "dr.martin@exemple.test";
    const { token } = await invite(a, email, "STAFF");
    expect((await lookupInvitation(a.tenant.id, token)).state).toBe("valid");

    const user = await createUser(email);
    expect(await acceptPendingInvitations(user)).toEqual([a.tenant.id]);
    const membership = await db.membership.findUniqueOrThrow({
      where: { tenantId_userId: { tenantId: a.tenant.id, userId: user.id } },
    });
    expect(membership).toMatchObject({ role: "STAFF", status: "ACTIVE" });

    expect((await lookupInvitation(a.tenant.id, token)).state).toBe("used");
    expect(await acceptPendingInvitations(user)).toEqual([]);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an expired invitation", async () => {
    const email = "retardataire@exemple.test";
    const { invitationId, token } = await invite(a, email);
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await lookupInvitation(a.tenant.id, token)).state).toBe("expired");
    const user = await createUser(email);
    expect(await acceptPendingInvitations(user)).toEqual([]);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps only the latest invitation of an address valid", async () => {
    const email = "deux.fois@exemple.test";
    const first = await invite(a, email);
    const second = await invite(a, email);
    expect((await lookupInvitation(a.tenant.id, first.token)).state).toBe("revoked");
    expect((await lookupInvitation(a.tenant.id, second.token)).state).toBe("valid");
  });

  it("does not resolve a token through another tenant's address, nor a guessed one", async () => {
    const { token } = await invite(a, "croise@exemple.test");
    expect((await lookupInvitation(b.tenant.id, token)).state).toBe("invalid");
    expect((await lookupInvitation(a.tenant.id, "A".repeat(43))).state).toBe("invalid");
    expect((await lookupInvitation(a.tenant.id, "pas-un-jeton")).state).toBe("invalid");
  });

  it("refuses to invite someone who is already an active member", async () => {
    await expect(invite(a, a.member.email)).rejects.toThrow("errors.invitation.alreadyMember");
  });

  it("gives a removed member their access back when re-invited", async () => {
    const t = await createTestTenant("reinvite");
    await db.membership.update({
      where: { id: t.member.membershipId },
      data: { status: "REMOVED", removedAt: new Date() },
    });
    await invite(t, t.member.email, "MEMBER");
    await acceptPendingInvitations({ id: t.member.id, email: t.member.email });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: t.member.membershipId } });
    expect(membership.status).toBe("ACTIVE");
  });

  it("redeems an invitation once even when two sign-ins race", async () => {
    const email = "course@exemple.test";
    await invite(a, email);
    const user = await createUser(email);
    const results = await Promise.all([acceptPendingInvitations(user), acceptPendingInvitations(user)]);
    expect(results.flat()).toEqual([a.tenant.id]);
    expect(
      await db.auditLog.count({ where: { tenantId: a.tenant.id, action: "membership.created", actorId: user.id } }),
    ).toBe(1);
  });
});

describe("invitation email with the SMTP server stopped", () => {
  it("creates the invitation anyway and delivers its email once the server is back", async () => {
    const { freePort } = await import("./support/ports");
    const { resetEnvCache, requireDatabaseUrl } = await import("@/lib/env");
    const { runJobsOnce } = await import("@/lib/jobs/runner");
    const { startMailCatcher } = await import("@/lib/mail/catcher");
    const smtpPort = await freePort();
    process.env.SMTP_PORT = String(smtpPort);
    resetEnvCache();

    const email = "serveur.en.panne@exemple.test";
    const { invitationId, token } = await invite(a, email);
    await runJobsOnce(requireDatabaseUrl());
    expect(await db.invitation.count({ where: { id: invitationId } })).toBe(1);
    const pending = await db.outboundEmail.findFirstOrThrow({ where: { tenantId: a.tenant.id, to: email } });
    expect(pending).toMatchObject({ status: "PENDING", attempts: 1 });

    const catcher = await startMailCatcher({ smtpPort, httpPort: await freePort() });
    try {
      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
      await runJobsOnce(requireDatabaseUrl());
      const received = catcher.messages().filter((m) => m.to.includes(email));
      expect(received).toHaveLength(1);
      expect(received[0].text).toContain(`/${a.tenant.slug}/invitation/${token}`);
      const sent = await db.outboundEmail.findUniqueOrThrow({ where: { id: pending.id } });
      expect(sent.status).toBe("SENT");
      // Once sent, the stored copy keeps no link token (only its hash is at rest).
      expect(sent.text + sent.html).not.toContain(token);
      expect(sent.text).toContain(`/${a.tenant.slug}/invitation/[lien-retiré]`);
    } finally {
      await catcher.stop();
    }
  });
});
