import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import { listMembers } from "@/lib/members/queries";
import { changeMemberRole, removeMember } from "@/lib/members/service";
import { findTenantBySlug, resolveAccessFor } from "@/lib/tenancy/guard";

import { actorOf, asCurrentUser, createTestTenant, createUser, type TestTenant } from "./support/factories";

let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  a = await createTestTenant("a");
  b = await createTestTenant("b");
});

async function access(
  slug: string,
  user: { id: string; email: string } | null,
  permission: Parameters<typeof resolveAccessFor>[2],
) {
  const tenant = await findTenantBySlug(slug);
  return (await resolveAccessFor(tenant, user ? asCurrentUser(user) : null, permission)).decision.kind;
}

describe("the guard against the database", () => {
  it("lets each role into its own spaces only", async () => {
    expect(await access(a.tenant.slug, a.coordinator, "admin.view")).toBe("allow");
    expect(await access(a.tenant.slug, a.staff, "admin.view")).toBe("allow");
    expect(await access(a.tenant.slug, a.member, "portal.view")).toBe("allow");
    expect(await access(a.tenant.slug, a.member, "admin.view")).toBe("forbidden");
    expect(await access(a.tenant.slug, a.staff, "members.changeRole")).toBe("forbidden");
  });

  it("gives tenant B's coordinator no access to tenant A", async () => {
    expect(await access(a.tenant.slug, b.coordinator, "admin.view")).toBe("forbidden");
    expect(await access(a.tenant.slug, b.coordinator, "portal.view")).toBe("forbidden");
  });

  it("sends an anonymous visitor to sign-in and answers not found for an unknown tenant", async () => {
    expect(await access(a.tenant.slug, null, "admin.view")).toBe("sign_in");
    expect(await access("cpts-inexistante", a.coordinator, "admin.view")).toBe("not_found");
    expect(await access("admin", a.coordinator, "admin.view")).toBe("not_found");
  });

  it("gives a signed-in user without membership a refusal", async () => {
    const stranger = await createUser();
    expect(await access(a.tenant.slug, stranger, "portal.view")).toBe("forbidden");
  });
});

describe("memberships across tenants (IDOR)", () => {
  it("does not let tenant A's coordinator change a role in tenant B by id", async () => {
    const actor = actorOf(a, "coordinator");
    await expect(changeMemberRole(actor, b.member.membershipId, "COORDINATOR")).rejects.toThrow(ActionError);
    const untouched = await db.membership.findUniqueOrThrow({ where: { id: b.member.membershipId } });
    expect(untouched.role).toBe("MEMBER");
  });

  it("does not let tenant A's coordinator remove a member of tenant B by id", async () => {
    const actor = actorOf(a, "coordinator");
    await expect(removeMember(actor, b.staff.membershipId)).rejects.toThrow("errors.notFound");
    const untouched = await db.membership.findUniqueOrThrow({ where: { id: b.staff.membershipId } });
    expect(untouched.status).toBe("ACTIVE");
  });

  it("lists only the tenant's own memberships", async () => {
    const { rows, total } = await listMembers(a.tenant.id, { page: 1, q: "" });
    expect(total).toBe(3);
    const ids = rows.map((r) => r.id);
    expect(ids).toContain(a.member.membershipId);
    expect(ids).not.toContain(b.member.membershipId);
    const search = await listMembers(a.tenant.id, { page: 1, q: b.member.email });
    expect(search.total).toBe(0);
  });
});

describe("role changes and removals", () => {
  it("takes a removed member's access away on the very next request", async () => {
    const t = await createTestTenant("removal");
    expect(await access(t.tenant.slug, t.member, "portal.view")).toBe("allow");
    await removeMember(actorOf(t, "coordinator"), t.member.membershipId);
    expect(await access(t.tenant.slug, t.member, "portal.view")).toBe("forbidden");
    const audit = await db.auditLog.findFirst({
      where: { tenantId: t.tenant.id, action: "membership.removed", targetId: t.member.membershipId },
    });
    expect(audit?.actorId).toBe(t.coordinator.id);
  });

  it("applies a lowered role at once and audits it", async () => {
    const t = await createTestTenant("demote");
    expect(await access(t.tenant.slug, t.staff, "admin.view")).toBe("allow");
    await changeMemberRole(actorOf(t, "coordinator"), t.staff.membershipId, "MEMBER");
    expect(await access(t.tenant.slug, t.staff, "admin.view")).toBe("forbidden");
    expect(await access(t.tenant.slug, t.staff, "portal.view")).toBe("allow");
    const audit = await db.auditLog.findFirst({ where: { tenantId: t.tenant.id, action: "membership.role_changed" } });
    expect(audit?.details).toEqual({ from: "STAFF", to: "MEMBER" });
  });

  it("refuses to remove or demote the last coordinator", async () => {
    const t = await createTestTenant("last");
    const actor = actorOf(t, "coordinator");
    await expect(removeMember(actor, t.coordinator.membershipId)).rejects.toThrow("members.errors.lastCoordinator");
    await expect(changeMemberRole(actor, t.coordinator.membershipId, "STAFF")).rejects.toThrow(
      "members.errors.lastCoordinator",
    );
  });
});
