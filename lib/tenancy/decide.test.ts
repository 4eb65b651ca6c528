import { describe, expect, it } from "vitest";

import { decideAccess } from "./decide";

const base = { tenantFound: true, userId: "u1", membership: null, permission: null } as const;

describe("guard decisions", () => {
  it("gives not found for an unknown tenant, even to a signed-in member", () => {
    expect(
      decideAccess({
        ...base,
        tenantFound: false,
        membership: { role: "COORDINATOR", status: "ACTIVE" },
        permission: "admin.view",
      }),
    ).toEqual({ kind: "not_found" });
  });

  it("lets anyone read a public tenant page", () => {
    expect(decideAccess({ ...base, userId: null })).toEqual({ kind: "allow", role: null });
  });

  it("sends a signed-out visitor of a private page to sign-in", () => {
    expect(decideAccess({ ...base, userId: null, permission: "portal.view" })).toEqual({ kind: "sign_in" });
  });

  it("refuses a signed-in user who is not a member", () => {
    expect(decideAccess({ ...base, permission: "portal.view" })).toEqual({ kind: "forbidden" });
  });

  it("lets a member into the portal but not the admin space", () => {
    const membership = { role: "MEMBER", status: "ACTIVE" } as const;
    expect(decideAccess({ ...base, membership, permission: "portal.view" })).toEqual({ kind: "allow", role: "MEMBER" });
    expect(decideAccess({ ...base, membership, permission: "admin.view" })).toEqual({ kind: "forbidden" });
  });

  it("lets staff into the admin space but keeps role changes for coordinators", () => {
    const membership = { role: "STAFF", status: "ACTIVE" } as const;
    expect(decideAccess({ ...base, membership, permission: "admin.view" })).toEqual({ kind: "allow", role: "STAFF" });
    expect(decideAccess({ ...base, membership, permission: "members.changeRole" })).toEqual({ kind: "forbidden" });
    expect(
      decideAccess({
        ...base,
        membership: { role: "COORDINATOR", status: "ACTIVE" },
        permission: "members.changeRole",
      }),
    ).toEqual({ kind: "allow", role: "COORDINATOR" });
  });

  it.each(["REMOVED", "SUSPENDED"] as const)("treats a %s membership as no membership", (status) => {
    const membership = { role: "COORDINATOR", status } as const;
    expect(decideAccess({ ...base, membership, permission: "admin.view" })).toEqual({ kind: "forbidden" });
    expect(decideAccess({ ...base, membership })).toEqual({ kind: "allow", role: null });
  });

  it("sends staff of a tenant that requires a second factor to it before anything private", () => {
    const required = { required: true, passed: false };
    for (const role of ["STAFF", "COORDINATOR"] as const) {
      const membership = { role, status: "ACTIVE" } as const;
      expect(decideAccess({ ...base, membership, permission: "admin.view", secondFactor: required })).toEqual({
        kind: "second_factor",
      });
      expect(decideAccess({ ...base, membership, permission: "portal.view", secondFactor: required })).toEqual({
        kind: "second_factor",
      });
      expect(
        decideAccess({ ...base, membership, permission: "admin.view", secondFactor: { required: true, passed: true } }),
      ).toEqual({ kind: "allow", role });
      expect(
        decideAccess({
          ...base,
          membership,
          permission: "admin.view",
          secondFactor: { required: false, passed: false },
        }),
      ).toEqual({ kind: "allow", role });
    }
    // Members are not asked; a staff refusal stays a refusal.
    const member = { role: "MEMBER", status: "ACTIVE" } as const;
    expect(decideAccess({ ...base, membership: member, permission: "portal.view", secondFactor: required })).toEqual({
      kind: "allow",
      role: "MEMBER",
    });
    expect(decideAccess({ ...base, membership: member, permission: "admin.view", secondFactor: required })).toEqual({
      kind: "forbidden",
    });
  });
});
