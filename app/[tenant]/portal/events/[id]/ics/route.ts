import { eventCalendar, ICS_HEADERS } from "@/lib/events/calendar";
import { tenantRoute } from "@/lib/tenancy/route";

/** One event as an .ics file, for the members of its CPTS. */
export const GET = tenantRoute<{ tenant: string; id: string }>("portal.view", async ({ tenant }, { id }) => {
  const calendar = await eventCalendar(tenant.id, id.slice(0, 40));
  if (!calendar) return null;
  const filename = `${
    calendar.title
      .normalize("NFD")
      .replace(/[^\w-]+/g, "-")
      .slice(0, 60) || "evenement"
  }.ics`;
  return new Response(calendar.ics, {
    headers: { ...ICS_HEADERS, "content-disposition": `attachment; filename="${filename}"` },
  });
});
