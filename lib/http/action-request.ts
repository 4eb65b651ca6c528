// Server actions are POSTs that Next.js decodes before any of our code runs: a foreign Origin or a body
// it cannot decode made it answer 500. The proxy checks both first and answers 4xx (issue 10, §5).

const MAX_TEXT_BODY = 1024 * 1024;

/**
 * The status to refuse a server-action request with, or null to let it through.
 * - 403: an Origin other than the app's own (a page of another site posting to ours).
 * - 400: a text body that is not the JSON list of arguments the browser sends, or a multipart body
 *   without readable parts.
 */
export async function refusedActionStatus(request: Request, appUrl: string): Promise<400 | 403 | 413 | null> {
  // Browsers say where a request comes from (Sec-Fetch-Site); other clients are judged by their Origin.
  // "null" (a form posted from a page whose referrer policy hides it) is left to Next.js, as before.
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if (site) {
    if (site !== "same-origin" && site !== "none") return 403;
  } else if (origin !== null && origin !== "null" && origin !== new URL(appUrl).origin) return 403;
  if (request.method !== "POST") return 400;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    try {
      await request.clone().formData();
      return null;
    } catch {
      return 400;
    }
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return null;
  const text = await request.clone().text();
  if (text.length > MAX_TEXT_BODY) return 413;
  try {
    return Array.isArray(JSON.parse(text)) ? null : 400;
  } catch {
    return 400;
  }
}
