import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums";

import { can, type Permission } from "./permissions";

export type AccessInput = {
  tenantFound: boolean;
  userId: string | null;
  membership: { role: Role; status: MembershipStatus } | null;
  /** null: a public page of the tenant. */
  permission: Permission | null;
  /** The tenant requires a second factor of its staff, and whether this session passed one. */
  secondFactor?: { required: boolean; passed: boolean };
};

export type AccessDecision =
  | { kind: "allow"; role: Role | null }
  | { kind: "not_found" }
  | { kind: "sign_in" }
  | { kind: "forbidden" }
  | { kind: "second_factor" };

const STAFF_ROLES: readonly Role[] = ["STAFF", "COORDINATOR"];

/** The guard's rule, kept pure so that every branch is unit-tested. */
export function decideAccess({
  tenantFound,
  userId,
  membership,
  permission,
  secondFactor,
}: AccessInput): AccessDecision {
  if (!tenantFound) return { kind: "not_found" };
  const activeRole = membership?.status === "ACTIVE" ? membership.role : null;
  if (permission === null) return { kind: "allow", role: activeRole };
  if (!userId) return { kind: "sign_in" };
  if (!can(activeRole, permission)) return { kind: "forbidden" };
  // Staff of a tenant that requires it reach nothing private before the second factor.
  if (activeRole && STAFF_ROLES.includes(activeRole) && secondFactor?.required && !secondFactor.passed)
    return { kind: "second_factor" };
  return { kind: "allow", role: activeRole };
}
