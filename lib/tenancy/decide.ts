import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums";

import { can, type Permission } from "./permissions";

export type AccessInput = {
  tenantFound: boolean;
  userId: string | null;
  membership: { role: Role; status: MembershipStatus } | null;
  /** null: a public page of the tenant. */
  permission: Permission | null;
};

export type AccessDecision =
  { kind: "allow"; role: Role | null } | { kind: "not_found" } | { kind: "sign_in" } | { kind: "forbidden" };

/** The guard's rule, kept pure so that every branch is unit-tested. */
export function decideAccess({ tenantFound, userId, membership, permission }: AccessInput): AccessDecision {
  if (!tenantFound) return { kind: "not_found" };
  const activeRole = membership?.status === "ACTIVE" ? membership.role : null;
  if (permission === null) return { kind: "allow", role: activeRole };
  if (!userId) return { kind: "sign_in" };
  if (!can(activeRole, permission)) return { kind: "forbidden" };
  return { kind: "allow", role: activeRole };
}
