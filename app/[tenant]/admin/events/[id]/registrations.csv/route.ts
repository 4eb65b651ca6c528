import { registrationsCsv } from "@/lib/events/staff";
import { tenantRoute } from "@/lib/tenancy/route";

export const GET = tenantRoute<{ tenant: string; id: string }>("events.manage", async ({ tenant }, { id }) => {
  const eventId = id.slice(0, 40);
  const csv = await registrationsCsv(tenant.id, eventId, tenant.timeZone);
  if (!csv) return null;
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="inscriptions-${eventId}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
