import { registrationsCsv } from "@/lib/events/staff";
import { csvReader } from "@/lib/i18n/route-reader";
import { tenantRoute } from "@/lib/tenancy/route";

export const GET = tenantRoute<{ tenant: string; id: string }>("events.manage", async ({ tenant }, { id }, request) => {
  const eventId = id.slice(0, 40);
  // Headers and values in the reader's language: the spreadsheet is theirs.
  const reader = csvReader(request);
  const csv = await registrationsCsv({ tenantId: tenant.id, timeZone: tenant.timeZone }, eventId, reader);
  if (!csv) return null;
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${reader.t("filename")}-${eventId}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
