// Control characters (a tab or newline is dropped by URL parsers, so "/\t/evil.example" becomes
// "//evil.example") and backslashes (read as "/" by browsers) are refused outright.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * The one check for every "where to go next" value (sign-in callbacks, login page, confirmation page,
 * Auth.js's redirect callback): normalised against the app's address, kept only when it stays on the
 * app's own origin, returned as a path. Anything else means the home page.
 */
export function safeRedirectPath(value: string | null | undefined, appUrl: string): string {
  if (!value || value.length > 2000 || UNSAFE.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, appUrl);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(appUrl).origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "http://app//evil.example" keeps the origin but its path would be a protocol-relative address.
  return path.startsWith("//") ? "/" : path;
}
