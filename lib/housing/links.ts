import { getEnv } from "@/lib/env";

/** Members find their bookings in the portal. */
export function portalHousingUrl(tenantSlug: string): string {
  return new URL(`/${tenantSlug}/portal/housing`, getEnv().APP_URL).toString();
}

/** Newcomers answer from their tracking page, which /mes-demandes leads to (the token is never stored). */
export function newcomerRequestsUrl(): string {
  return new URL("/mes-demandes", getEnv().APP_URL).toString();
}
