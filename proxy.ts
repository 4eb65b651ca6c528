import { NextResponse, type NextRequest } from "next/server";

import { databaseReachable } from "@/lib/db/availability";
import { unavailableResponse } from "@/lib/http/unavailable";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

/**
 * While the database is away, pages answer 503 with a clear page instead of failing one by one.
 * Server actions go through: they answer a form error, so the person keeps what they typed.
 * Authorization is not done here (each page calls its guard).
 */
export async function proxy(request: NextRequest): Promise<Response> {
  if (request.headers.has("next-action")) return NextResponse.next();
  if (await databaseReachable()) return NextResponse.next();
  return unavailableResponse(toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
}

// Static files need no database; health and readiness answer for themselves.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/ready).*)"] };
