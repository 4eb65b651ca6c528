import { getCurrentUser } from "@/lib/auth/session";
import { photoFor } from "@/lib/housing/photos";
import { findTrackedRequest } from "@/lib/requests/tracking";
import { resolveAccessFor } from "@/lib/tenancy/guard";
import { can } from "@/lib/tenancy/permissions";
import { publicTenantRoute } from "@/lib/tenancy/route";

/**
 * A housing photo. Staff and members are recognised by their session; a newcomer by the tracking token
 * of their request (`?t=`), which only opens the photos of a unit offered to them. Refusal = 404.
 */
export const GET = publicTenantRoute<{ tenant: string; photoId: string }>(async ({ tenant }, { photoId }, request) => {
  const token = new URL(request.url).searchParams.get("t");
  const tracked = token ? await findTrackedRequest(tenant.id, token) : null;
  const { context } = tracked
    ? { context: null }
    : await resolveAccessFor(tenant, await getCurrentUser(), "portal.view");
  const photo = await photoFor(tenant.id, photoId.slice(0, 40), {
    staff: can(context?.role, "housing.manage"),
    member: !!context?.role,
    requestId: tracked?.id ?? null,
  });
  if (!photo) return null;
  return new Response(Buffer.from(photo.bytes), {
    headers: {
      "content-type": photo.contentType,
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
    },
  });
});
