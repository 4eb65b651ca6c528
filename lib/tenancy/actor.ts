import type { CurrentUser } from "@/lib/auth/session";

import type { TenantSummary } from "./guard";

/**
 * Who acts on a tenant's data, as the guard resolved it: a `SignedInTenantContext` is one, so actions pass
 * their context straight to the services. The one actor type of every service.
 */
export type Actor = {
  tenant: Pick<TenantSummary, "id" | "slug" | "name" | "timeZone" | "firstResponseDays">;
  user: Pick<CurrentUser, "id" | "name" | "email" | "locale">;
  membershipId: string;
};
