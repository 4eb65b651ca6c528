import { eventCalendar, ICS_HEADERS } from "@/lib/events/calendar";
import { resolveTenantAccess } from "@/lib/tenancy/guard";

/** One event as an .ics file, for the members of its CPTS. */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { decision, context } = await resolveTenantAccess(slug, "portal.view");
  if (decision.kind === "sign_in") return new Response("Connexion requise", { status: 401 });
  if (decision.kind !== "allow" || !context) return new Response("Introuvable", { status: 404 });
  const calendar = await eventCalendar(context.tenant.id, id.slice(0, 40));
  if (!calendar) return new Response("Introuvable", { status: 404 });
  const filename = `${
    calendar.title
      .normalize("NFD")
      .replace(/[^\w-]+/g, "-")
      .slice(0, 60) || "evenement"
  }.ics`;
  return new Response(calendar.ics, {
    headers: { ...ICS_HEADERS, "content-disposition": `attachment; filename="${filename}"` },
  });
}
