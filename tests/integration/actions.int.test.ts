import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import { asCurrentUser, createTestTenant, createUser, type TestTenant } from "./support/factories";

// Server actions are public endpoints: call them as any HTTP client could, with whatever ids it likes.
let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { inviteMemberAction: inviteMember } = await import("@/lib/invitations/actions");
const { changeRoleAction: changeRole, removeMemberAction: removeMember } = await import("@/lib/members/actions");
const { createTenantAction } = await import("@/lib/platform/actions");

let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  a = await createTestTenant("act-a");
  b = await createTestTenant("act-b");
});

beforeEach(() => {
  currentUser = null;
});

describe("member actions refuse whoever is not entitled", () => {
  it("refuses an anonymous caller", async () => {
    expect(await changeRole(a.tenant.slug, { membershipId: a.member.membershipId, role: "COORDINATOR" })).toEqual({
      ok: false,
      formError: "errors.signedOut",
    });
    expect(await inviteMember(a.tenant.slug, { email: "x@exemple.test", role: "MEMBER" })).toEqual({
      ok: false,
      formError: "errors.signedOut",
    });
  });

  it("refuses a member and staff for coordinator-only changes", async () => {
    currentUser = asCurrentUser(a.member);
    expect(await removeMember(a.tenant.slug, { membershipId: a.staff.membershipId })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    expect(await inviteMember(a.tenant.slug, { email: "x@exemple.test", role: "MEMBER" })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    currentUser = asCurrentUser(a.staff);
    expect(await changeRole(a.tenant.slug, { membershipId: a.member.membershipId, role: "STAFF" })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    expect(await inviteMember(a.tenant.slug, { email: "chef@exemple.test", role: "COORDINATOR" })).toMatchObject({
      ok: false,
      fieldErrors: { role: ["errors.invitation.roleNotAllowed"] },
    });
    expect((await db.membership.findUniqueOrThrow({ where: { id: a.member.membershipId } })).role).toBe("MEMBER");
  });

  it("gives another tenant's coordinator nothing, through either tenant's address", async () => {
    currentUser = asCurrentUser(b.coordinator);
    // Through tenant A's address: B's coordinator has no role there.
    expect(await removeMember(a.tenant.slug, { membershipId: a.member.membershipId })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    // Through B's own address with A's real id: not found, and nothing changes.
    expect(await removeMember(b.tenant.slug, { membershipId: a.member.membershipId })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    expect(await changeRole(b.tenant.slug, { membershipId: a.member.membershipId, role: "COORDINATOR" })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    const untouched = await db.membership.findUniqueOrThrow({ where: { id: a.member.membershipId } });
    expect(untouched).toMatchObject({ role: "MEMBER", status: "ACTIVE" });
  });

  it("validates input with the form's schema and answers field by field", async () => {
    currentUser = asCurrentUser(a.coordinator);
    expect(await inviteMember(a.tenant.slug, { email: "pas-une-adresse", role: "OWNER" as never })).toEqual({
      ok: false,
      formError: "errors.checkFields",
      fieldErrors: { email: ["errors.email.invalid"], role: ["errors.role.invalid"] },
    });
  });

  it("lets the coordinator invite and change roles in their own tenant", async () => {
    currentUser = asCurrentUser(a.coordinator);
    expect(await inviteMember(a.tenant.slug, { email: "Nouvelle.Recrue@Exemple.test", role: "STAFF" })).toMatchObject({
      ok: true,
    });
    expect(
      await db.invitation.count({
        where: { tenantId: a.tenant.id, email: "nouvelle.recrue@exemple.test", role: "STAFF" },
      }),
    ).toBe(1);
    expect(await changeRole(a.tenant.slug, { membershipId: a.member.membershipId, role: "STAFF" })).toMatchObject({
      ok: true,
    });
  });
});

describe("tenant creation", () => {
  const input = {
    slug: "cpts-du-littoral",
    name: "CPTS du Littoral",
    region: "Bretagne",
    timeZone: "Europe/Paris",
    contactEmail: "contact@littoral.test",
    coordinatorEmail: "coord@littoral.test",
  };

  it("is for platform admins only", async () => {
    expect(await createTenantAction(input)).toEqual({ ok: false, formError: "errors.signedOut" });
    currentUser = asCurrentUser(a.coordinator);
    expect(await createTenantAction(input)).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await db.tenant.count({ where: { slug: input.slug } })).toBe(0);
  });

  it("refuses reserved and taken slugs, then creates the tenant with its coordinator's invitation and audit rows", async () => {
    const admin = await createUser("plateforme@exemple.test");
    currentUser = { ...asCurrentUser(admin), isPlatformAdmin: true };
    expect(await createTenantAction({ ...input, slug: "admin" })).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["errors.slug.reserved"] },
    });
    expect(await createTenantAction({ ...input, slug: a.tenant.slug })).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["errors.slug.taken"] },
    });
    expect(await createTenantAction(input)).toMatchObject({ ok: true, data: { slug: input.slug } });
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: input.slug } });
    expect(
      await db.invitation.count({ where: { tenantId: tenant.id, email: input.coordinatorEmail, role: "COORDINATOR" } }),
    ).toBe(1);
    expect(await db.outboundEmail.count({ where: { tenantId: tenant.id, to: input.coordinatorEmail } })).toBe(1);
    expect((await db.auditLog.findMany({ where: { tenantId: tenant.id } })).map((l) => l.action).sort()).toEqual([
      "invitation.created",
      "tenant.created",
    ]);
  });
});

describe("tenant settings", () => {
  it("are changed by the tenant's coordinator only, validated and audited", async () => {
    const { saveTenantSettingsAction: saveTenantSettings } = await import("@/lib/settings/actions");
    const input = {
      firstResponseDays: 3,
      referencePrefix: "trg",
      welcomeText: "Bienvenue",
      commitmentText: "Je m'engage à adhérer à la CPTS.",
    };
    currentUser = asCurrentUser(a.staff);
    expect(await saveTenantSettings(a.tenant.slug, input)).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = asCurrentUser(b.coordinator);
    expect(await saveTenantSettings(a.tenant.slug, input)).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = asCurrentUser(a.coordinator);
    expect(await saveTenantSettings(a.tenant.slug, { ...input, firstResponseDays: 0 })).toMatchObject({
      ok: false,
      fieldErrors: { firstResponseDays: ["settings.errors.days"] },
    });
    expect(await saveTenantSettings(a.tenant.slug, input)).toMatchObject({ ok: true });
    expect(await db.tenant.findUniqueOrThrow({ where: { id: a.tenant.id } })).toMatchObject({
      firstResponseDays: 3,
      referencePrefix: "TRG",
    });
    expect(await db.auditLog.count({ where: { tenantId: a.tenant.id, action: "tenant.settings_changed" } })).toBe(1);
  });
});
