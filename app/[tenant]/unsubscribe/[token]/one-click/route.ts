import { getEnv } from "@/lib/env";
import { unsubscribe } from "@/lib/members/unsubscribe";
import { findTenantBySlug } from "@/lib/tenancy/guard";

type Context = { params: Promise<{ tenant: string; token: string }> };

const notFound = () => new Response("Introuvable", { status: 404 });
/** The confirmation page, built from the known tenant's slug (never from raw input: no open redirect). */
const pageUrl = (slug: string, token: string, done: boolean) =>
  new URL(`/${slug}/unsubscribe/${encodeURIComponent(token)}${done ? "?done=1" : ""}`, getEnv().APP_URL);

/**
 * RFC 8058 one-click unsubscribe, named in each announcement's List-Unsubscribe header: mail clients POST
 * "List-Unsubscribe=One-Click" here. The signed token in the URL is the only credential. The confirmation
 * page posts here too and is sent back to its "done" state.
 */
export async function POST(request: Request, { params }: Context) {
  const { tenant: slug, token } = await params;
  const tenant = await findTenantBySlug(slug);
  if (!tenant || !(await unsubscribe(tenant.id, token))) return notFound();
  const form = await request.formData().catch(() => null);
  if (form?.get("source") === "page") return Response.redirect(pageUrl(tenant.slug, token, true), 303);
  return new Response("Désabonnement enregistré.", { headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** A GET (a link scanner, a curious click) never unsubscribes: it shows the confirmation page. */
export async function GET(_request: Request, { params }: Context) {
  const { tenant: slug, token } = await params;
  const tenant = await findTenantBySlug(slug);
  if (!tenant) return notFound();
  return Response.redirect(pageUrl(tenant.slug, token, false), 303);
}
