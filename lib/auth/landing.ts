import type { Role } from "@/lib/generated/prisma/enums";

export const LANDING_PATH = "/espace";

type SpaceRef = { tenantSlug: string; role: Role };

/** Members work in the portal; staff and coordinators in the admin space. */
export function spaceHref(space: SpaceRef): string {
  return space.role === "MEMBER" ? `/${space.tenantSlug}/portal` : `/${space.tenantSlug}/admin`;
}

/**
 * Where a person lands after signing in without a destination: the platform administration for the
 * platform administrator, their only space, or null when they must choose (several spaces or none).
 */
export function landingPath({ isPlatformAdmin, spaces }: { isPlatformAdmin: boolean; spaces: SpaceRef[] }) {
  if (isPlatformAdmin) return "/platform";
  if (spaces.length === 1) return spaceHref(spaces[0]);
  return null;
}
