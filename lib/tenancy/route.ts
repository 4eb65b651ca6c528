import "server-only";

import { findTenantBySlug, resolveTenantAccess, type SignedInTenantContext, type TenantSummary } from "./guard";
import type { Permission } from "./permissions";

type RouteParams<P> = { params: Promise<P> };

const PRIVATE = { "cache-control": "private, no-store" };

export function notFoundResponse() {
  return new Response("Introuvable / Not found", { status: 404, headers: PRIVATE });
}

/**
 * Every tenant route handler (CSV, .ics) is built with this: like tenantAction, it resolves the tenant
 * of the path and the caller's role itself. A refusal reveals nothing: 401 to sign in, else 404.
 */
export function tenantRoute<P extends { tenant: string }>(
  permission: Permission,
  handler: (ctx: SignedInTenantContext, params: P, request: Request) => Promise<Response | null>,
) {
  return async (request: Request, { params }: RouteParams<P>): Promise<Response> => {
    const resolved = await params;
    const { decision, context } = await resolveTenantAccess(String(resolved.tenant), permission);
    if (decision.kind === "sign_in" || decision.kind === "second_factor")
      return new Response("Connexion requise / Sign-in required", { status: 401, headers: PRIVATE });
    if (decision.kind !== "allow" || !context?.user || !context.role) return notFoundResponse();
    return (await handler(context as SignedInTenantContext, resolved, request)) ?? notFoundResponse();
  };
}

/** A tenant route whose only credential is a token in the path (a private calendar feed). */
export function publicTenantRoute<P extends { tenant: string }>(
  handler: (ctx: { tenant: TenantSummary }, params: P, request: Request) => Promise<Response | null>,
) {
  return async (request: Request, { params }: RouteParams<P>): Promise<Response> => {
    const resolved = await params;
    const tenant = await findTenantBySlug(String(resolved.tenant));
    if (!tenant) return notFoundResponse();
    return (await handler({ tenant }, resolved, request)) ?? notFoundResponse();
  };
}
