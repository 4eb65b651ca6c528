import { actorsCsv } from "@/lib/network/import";
import { tenantRoute } from "@/lib/tenancy/route";

export const GET = tenantRoute<{ tenant: string }>("network.manage", async ({ tenant }) => {
  const csv = await actorsCsv(tenant.id);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="reseau-${tenant.slug}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
