/**
 * The headers every answer carries, built per request (the nonce changes every time).
 * Scripts run only with this request's nonce ('strict-dynamic' lets them load Next's chunks);
 * inline style attributes stay allowed (React `style` props, the email previews), they cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Partner logos are images already online, always https (ZPartner.logoUrl).
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "browsing-topics=()",
].join(", ");

/** Two years, subdomains included: only when the public address is https (never on plain-http demos). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
