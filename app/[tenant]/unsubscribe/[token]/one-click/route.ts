import { getEnv } from "@/lib/env";
import { unsubscribe } from "@/lib/members/unsubscribe";
import { publicTenantRoute } from "@/lib/tenancy/route";

type Params = { tenant: string; token: string };

/** The confirmation page, built from the known tenant's slug (never from raw input: no open redirect). */
const pageUrl = (slug: string, token: string, done: boolean) =>
  new URL(`/${slug}/unsubscribe/${encodeURIComponent(token)}${done ? "?done=1" : ""}`, getEnv().APP_URL);

/**
 * RFC 8058 one-click unsubscribe, named in each announcement's List-Unsubscribe header: mail clients POST
 * "List-Unsubscribe=One-Click" here. The signed token in the URL is the only credential. The confirmation
 * page posts here too and is sent back to its "done" state.
 */
export const POST = publicTenantRoute<Params>(async ({ tenant }, { token }, request) => {
  if (!(await unsubscribe(tenant.id, token))) return null;
  const form = await request.formData().catch(() => null);
  if (form?.get("source") === "page") return Response.redirect(pageUrl(tenant.slug, token, true), 303);
  return new Response("Désabonnement enregistré.", { headers: { "content-type": "text/plain; charset=utf-8" } });
});

/** A GET (a link scanner, a curious click) never unsubscribes: it shows the confirmation page. */
export const GET = publicTenantRoute<Params>(async ({ tenant }, { token }) =>
  Response.redirect(pageUrl(tenant.slug, token, false), 303),
);
