import { getEnv } from "@/lib/env";

/** Members find their bookings in the portal. */
export function portalHousingUrl(tenantSlug: string): string {
  return new URL(`/${tenantSlug}/portal/housing`, getEnv().APP_URL).toString();
}

/** Newcomers answer from their tracking page, which /mes-demandes leads to (the token is never stored). */
export function newcomerRequestsUrl(): string {
  return new URL("/mes-demandes", getEnv().APP_URL).toString();
}

/** Staff answer members' asks on the housing page, in its "pending asks" section. */
export function staffHousingAsksUrl(tenantSlug: string): string {
  return new URL(`/${tenantSlug}/admin/housing#housing-asks`, getEnv().APP_URL).toString();
}
