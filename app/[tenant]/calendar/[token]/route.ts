import { calendarForToken, ICS_HEADERS } from "@/lib/events/calendar";

/** A member's private feed, for calendar applications: the token in the URL is the only credential. */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; token: string }> }) {
  const { tenant, token } = await params;
  const ics = await calendarForToken(tenant, token);
  if (!ics) return new Response("Introuvable", { status: 404 });
  return new Response(ics, { headers: ICS_HEADERS });
}
