import { getTranslations } from "next-intl/server";
import Link from "next/link";

const SECTIONS = [
  { key: "dashboard", path: "" },
  { key: "requests", path: "/requests" },
  { key: "members", path: "/members" },
  { key: "events", path: "/events" },
  { key: "partners", path: "/partners" },
  { key: "housing", path: "/housing" },
  { key: "emails", path: "/emails" },
  { key: "settings", path: "/settings" },
] as const;

// Navigation only: every admin page runs the guard itself (a layout is not an authorization boundary).
export default async function AdminLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { tenant } = await params;
  const t = await getTranslations("nav");
  const links = SECTIONS.map((section) => (
    <li key={section.key}>
      <Link className="link inline-block py-1" href={`/${tenant}/admin${section.path}`}>
        {t(section.key)}
      </Link>
    </li>
  ));
  return (
    <div className="space-y-6">
      <nav aria-label={t("admin")} className="border-b border-slate-300 pb-2">
        {/* On a phone the sections fold into a menu (a native disclosure: keyboard and screen readers for free). */}
        <details className="sm:hidden">
          <summary className="btn-secondary inline-flex min-h-11 cursor-pointer items-center px-3 py-2 text-sm">
            {t("menu")}
          </summary>
          <ul className="mt-2 grid gap-1 text-base">{links}</ul>
        </details>
        <ul className="hidden flex-wrap gap-4 text-sm sm:flex">{links}</ul>
      </nav>
      {children}
    </div>
  );
}
