import { getEnv } from "@/lib/env";

export function trackingUrl(tenantSlug: string, token: string): string {
  return new URL(`/${tenantSlug}/track/${token}`, getEnv().APP_URL).toString();
}

export function staffRequestUrl(tenantSlug: string, requestId: string): string {
  return new URL(`/${tenantSlug}/admin/requests/${requestId}`, getEnv().APP_URL).toString();
}

export function tenantAdminRequestsUrl(tenantSlug: string): string {
  return new URL(`/${tenantSlug}/admin/requests`, getEnv().APP_URL).toString();
}

export function tenantPublicUrl(tenantSlug: string): string {
  return new URL(`/${tenantSlug}`, getEnv().APP_URL).toString();
}
