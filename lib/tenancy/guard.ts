import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";

import { secondFactorPath } from "@/lib/auth/second-factor-path";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums";

import { decideAccess, type AccessDecision } from "./decide";
import type { Permission } from "./permissions";
import { isValidTenantSlug } from "./slug";

export type TenantSummary = {
  id: string;
  slug: string;
  name: string;
  region: string;
  timeZone: string;
  contactEmail: string;
  brandColor: string;
  logoUrl: string | null;
  welcomeText: string;
  commitmentText: string;
  territoryDescription: string;
  referencePrefix: string;
  firstResponseDays: number;
  requireStaffSecondFactor: boolean;
  referralReminderDays: number;
};

export type TenantContext = {
  tenant: TenantSummary;
  user: CurrentUser | null;
  role: Role | null;
  membershipId: string | null;
};
/** The caller's membership comes with the context: no action or page looks it up again. */
export type SignedInTenantContext = { tenant: TenantSummary; user: CurrentUser; role: Role; membershipId: string };

const tenantSelect = {
  id: true,
  slug: true,
  name: true,
  region: true,
  timeZone: true,
  contactEmail: true,
  brandColor: true,
  logoUrl: true,
  welcomeText: true,
  commitmentText: true,
  territoryDescription: true,
  referencePrefix: true,
  firstResponseDays: true,
  requireStaffSecondFactor: true,
  referralReminderDays: true,
} as const;

export const findTenantBySlug = cache(async (slug: string): Promise<TenantSummary | null> => {
  if (!isValidTenantSlug(slug)) return null;
  return db.tenant.findUnique({ where: { slug }, select: tenantSelect });
});

type Membership = { id: string; role: Role; status: MembershipStatus };

/** The tenant and the caller's membership of it, in one statement (a relation join). */
const findTenantWithMembership = cache(
  async (slug: string, userId: string): Promise<{ tenant: TenantSummary; membership: Membership | null } | null> => {
    if (!isValidTenantSlug(slug)) return null;
    const found = await db.tenant.findUnique({
      where: { slug },
      select: {
        ...tenantSelect,
        memberships: { where: { userId }, select: { id: true, role: true, status: true }, take: 1 },
      },
    });
    if (!found) return null;
    const { memberships, ...tenant } = found;
    return { tenant, membership: memberships[0] ?? null };
  },
);

/**
 * The one way to reach tenant data: resolves the tenant from the path and the caller's membership
 * from the database on every request, then applies decideAccess.
 */
export async function resolveTenantAccess(
  slug: string,
  permission: Permission | null,
): Promise<{ decision: AccessDecision; context: TenantContext | null }> {
  const user = await getCurrentUser();
  if (!user) return decide({ tenant: await findTenantBySlug(slug), user: null, membership: null }, permission);
  const found = await findTenantWithMembership(slug, user.id);
  return decide({ tenant: found?.tenant ?? null, user, membership: found?.membership ?? null }, permission);
}

function decide(
  {
    tenant,
    user,
    membership,
  }: { tenant: TenantSummary | null; user: CurrentUser | null; membership: Membership | null },
  permission: Permission | null,
): { decision: AccessDecision; context: TenantContext | null } {
  const decision = decideAccess({
    tenantFound: !!tenant,
    userId: user?.id ?? null,
    membership,
    permission,
    secondFactor: { required: !!tenant?.requireStaffSecondFactor, passed: !!user?.secondFactorPassed },
  });
  if (decision.kind !== "allow" || !tenant) return { decision, context: null };
  return {
    decision,
    context: { tenant, user, role: decision.role, membershipId: decision.role && membership ? membership.id : null },
  };
}

/** The database half of the guard, separate from the cookie so integration tests can drive it. */
export async function resolveAccessFor(
  tenant: TenantSummary | null,
  user: CurrentUser | null,
  permission: Permission | null,
): Promise<{ decision: AccessDecision; context: TenantContext | null }> {
  const membership =
    tenant && user
      ? await db.membership.findUnique({
          where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } },
          select: { id: true, role: true, status: true },
        })
      : null;
  return decide({ tenant, user, membership }, permission);
}

/** For pages: turns a refusal into the not-found page, the sign-in redirect or the refusal page. */
export async function requireTenantPage(
  slug: string,
  permission: Permission,
  returnTo: string,
): Promise<SignedInTenantContext>;
export async function requireTenantPage(slug: string, permission: null, returnTo: string): Promise<TenantContext>;
export async function requireTenantPage(slug: string, permission: Permission | null, returnTo: string) {
  const { decision, context } = await resolveTenantAccess(slug, permission);
  switch (decision.kind) {
    case "not_found":
      notFound();
    case "sign_in":
      redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
    case "forbidden":
      forbidden();
    case "second_factor":
      redirect(secondFactorPath(returnTo));
    case "allow":
      return context!;
  }
}
