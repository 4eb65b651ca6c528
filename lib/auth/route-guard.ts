import { safeRedirectPath } from "@/lib/http/safe-redirect";

import { EMAIL_PROVIDER_ID } from "./config";

const BASE_PATH = "/api/auth";
const NO_STORE = { "cache-control": "no-store" };

function confirmationPage(request: URL, appUrl: string): Response {
  const confirm = new URL("/login/confirm", appUrl);
  for (const name of ["token", "email"]) confirm.searchParams.set(name, request.searchParams.get(name) ?? "");
  confirm.searchParams.set("callbackUrl", safeRedirectPath(request.searchParams.get("callbackUrl"), appUrl));
  return new Response(null, { status: 303, headers: { location: confirm.toString(), ...NO_STORE } });
}

/** Auth.js's own redirect, its path kept, its host replaced by the app's public origin. */
function onAppOrigin(location: string, appUrl: string): string {
  let target: URL;
  try {
    target = new URL(location, appUrl);
  } catch {
    return new URL("/", appUrl).toString();
  }
  return new URL(safeRedirectPath(`${target.pathname}${target.search}${target.hash}`, appUrl), appUrl).toString();
}

/**
 * A form posted by a page of this app, as the browser tells: Sec-Fetch-Site when it sends it (all
 * current browsers), else the Origin header (the confirmation page's referrer policy keeps it non-null).
 */
function isSameOriginPost(request: Request, appUrl: string): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  return request.headers.get("origin") === new URL(appUrl).origin;
}

/**
 * In front of Auth.js's route handler.
 * - Our server action is the only way to ask for a link (limits, validation): Auth.js's own
 *   POST /api/auth/signin/… is closed.
 * - Login CSRF: an attacker's own valid link, opened by a victim, must not sign the victim into the
 *   attacker's account silently. Only the confirmation page's button (a same-origin form post) reaches
 *   the email callback; anything else lands on that page, which shows the address about to sign in.
 * - Nothing under /api/auth is cached.
 */
export function guardAuthRoute<R extends Request>(
  handler: (request: R) => Promise<Response>,
  appUrl: () => string,
): { GET: (request: R) => Promise<Response>; POST: (request: R) => Promise<Response> } {
  const guarded = async (request: R): Promise<Response> => {
    const url = new URL(request.url);
    const action = url.pathname.startsWith(`${BASE_PATH}/`) ? url.pathname.slice(BASE_PATH.length + 1) : "";
    if (request.method === "POST" && (action === "signin" || action.startsWith("signin/"))) {
      return new Response("Not Found", { status: 404, headers: NO_STORE });
    }
    if (action === `callback/${EMAIL_PROVIDER_ID}`) {
      if (request.method !== "POST" || !isSameOriginPost(request, appUrl())) return confirmationPage(url, appUrl());
    }
    const response = await handler(request);
    const headers = new Headers(response.headers);
    headers.set("cache-control", "no-store");
    // Auth.js builds its own redirects (error page, verify page) on the request's host, which Next
    // rewrites to "localhost" for a loopback address: put them back on the app's public origin,
    // where the form-action policy and the cookies expect them. They are always internal paths.
    const location = headers.get("location");
    if (location) headers.set("location", onAppOrigin(location, appUrl()));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
  return { GET: guarded, POST: guarded };
}
