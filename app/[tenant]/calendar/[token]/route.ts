import { calendarForToken, ICS_HEADERS } from "@/lib/events/calendar";
import { publicTenantRoute } from "@/lib/tenancy/route";

/** A member's private feed, for calendar applications: the token in the URL is the only credential. */
export const GET = publicTenantRoute<{ tenant: string; token: string }>(async ({ tenant }, { token }) => {
  const ics = await calendarForToken(tenant.slug, token);
  return ics ? new Response(ics, { headers: ICS_HEADERS }) : null;
});
