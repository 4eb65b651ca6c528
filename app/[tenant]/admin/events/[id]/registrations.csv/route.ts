import { registrationsCsv } from "@/lib/events/staff";
import { resolveTenantAccess } from "@/lib/tenancy/guard";

export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { decision, context } = await resolveTenantAccess(slug, "events.manage");
  if (decision.kind === "sign_in") return new Response("Connexion requise", { status: 401 });
  if (decision.kind !== "allow" || !context) return new Response("Introuvable", { status: 404 });
  const csv = await registrationsCsv(context.tenant.id, id.slice(0, 40), context.tenant.timeZone);
  if (!csv) return new Response("Introuvable", { status: 404 });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="inscriptions-${id.slice(0, 40)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
