import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { ErrorTexts } from "@/components/layout/ErrorTexts";
import { SiteHeader } from "@/components/layout/SiteHeader";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Conciergerie CPTS", template: "%s — Conciergerie CPTS" },
  description: "L'accueil des professionnels de santé qui s'installent sur le territoire des CPTS.",
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5f8c" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations();
  // The error boundary is the only client component outside a page's own <ClientMessages> (which brings
  // the forms' base namespaces itself): it gets its three texts, not next-intl's client runtime, so that a
  // page without a form loads no translation code in the browser (issue 11).
  const errorTexts = { title: t("pages.errorTitle"), body: t("pages.error"), retry: t("pages.retry") };
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("nav.skip")}
        </a>
        <ErrorTexts value={errorTexts}>
          <SiteHeader />
          <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
            {children}
          </main>
        </ErrorTexts>
        <footer className="border-t border-slate-300 bg-white py-4 text-center text-sm text-slate-700">
          {t("app.footer")}
        </footer>
      </body>
    </html>
  );
}
