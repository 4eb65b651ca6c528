import { ActionError } from "@/lib/forms/result";
import { addUnitPhoto, PHOTO_MAX_BYTES } from "@/lib/housing/photos";
import { tenantRoute } from "@/lib/tenancy/route";

/**
 * Photo upload (multipart, field "photo"). A route rather than a server action: phone photos exceed the
 * actions' 1 MB body limit. Same-origin only, like server actions (a cross-site form cannot post here).
 */
export const POST = tenantRoute<{ tenant: string; id: string }>("housing.manage", async (ctx, { id }, request) => {
  // Like server actions: the Origin must name the host the request was sent to (a cross-site form cannot
  // forge either header). The URL Next hands us may carry another host name than the browser used.
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  if (!origin || !URL.canParse(origin) || new URL(origin).host !== host) return new Response(null, { status: 403 });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > PHOTO_MAX_BYTES + 64 * 1024) return json(413, { ok: false, formError: "housing.errors.photoSize" });
  const form = await request.formData().catch(() => null);
  const file = form?.get("photo");
  if (!(file instanceof File)) return json(400, { ok: false, formError: "housing.errors.photoType" });
  try {
    const photo = await addUnitPhoto(ctx, id.slice(0, 40), new Uint8Array(await file.arrayBuffer()));
    return json(200, { ok: true, data: { id: photo.id } });
  } catch (error) {
    if (error instanceof ActionError)
      return json(error.messageKey === "errors.notFound" ? 404 : 400, { ok: false, formError: error.messageKey });
    throw error;
  }
});

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "private, no-store" },
  });
}
