import { NextResponse, type NextRequest } from "next/server";

import { databaseReachable } from "@/lib/db/availability";
import { getEnv } from "@/lib/env";
import { refusedActionStatus } from "@/lib/http/action-request";
import { contentSecurityPolicy, PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { unavailableResponse } from "@/lib/http/unavailable";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

/**
 * Every answer gets the security headers, with a Content-Security-Policy nonce renewed per request.
 * While the database is away, pages answer 503 with a clear page instead of failing one by one.
 * Server actions go through: they answer a form error, so the person keeps what they typed.
 * Authorization is not done here (each page calls its guard).
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const env = getEnv();
  const https = env.APP_URL.startsWith("https://");
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { https, dev: env.NODE_ENV === "development" });
  const secured = (response: Response): Response => {
    response.headers.set("content-security-policy", policy);
    response.headers.set("permissions-policy", PERMISSIONS_POLICY);
    if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
    if (request.nextUrl.pathname.startsWith("/api/auth/")) response.headers.set("cache-control", "no-store");
    return response;
  };

  // Server actions answer a form error themselves when the database is away, and render no page. A
  // request Next.js would fail on (another site's Origin, an undecodable body) is refused here, in 4xx.
  if (request.headers.has("next-action")) {
    const refused = await refusedActionStatus(request, env.APP_URL);
    if (refused) return secured(new Response(null, { status: refused, headers: { "cache-control": "no-store" } }));
    return secured(NextResponse.next());
  }
  if (!(await databaseReachable())) {
    return secured(unavailableResponse(toLocale(request.cookies.get(LOCALE_COOKIE)?.value)));
  }
  // Next reads the nonce from the request's policy header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  return secured(NextResponse.next({ request: { headers: requestHeaders } }));
}

// Static files need no database; health and readiness answer for themselves.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/ready).*)"] };
