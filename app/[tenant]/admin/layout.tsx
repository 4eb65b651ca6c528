import { getTranslations } from "next-intl/server";

import { SpaceSwitcher } from "@/components/workspace/SpaceSwitcher";
import { StaffNavLinks, type NavLinkGroup } from "@/components/workspace/StaffNavLinks";
import { StaffSearchBox } from "@/components/workspace/StaffSearchBox";
import { getCurrentSpaces } from "@/lib/auth/session";
import { STAFF_NAV } from "@/lib/workspace/nav";

// Navigation only: every admin page runs the guard itself (a layout is not an authorization boundary).
// The spaces come with the session (one statement, React cache), as in the site header: no query of their own.
export default async function AdminLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { tenant } = await params;
  const t = await getTranslations("nav");
  const tw = await getTranslations("workspace.nav");
  const spaces = await getCurrentSpaces();
  const base = `/${tenant}/admin`;
  const groups: NavLinkGroup[] = STAFF_NAV.map((group) => ({
    key: group.key,
    label: tw(group.key),
    links: group.sections.map((s) => ({
      id: s.id,
      href: `${base}${s.path}`,
      label: s.label.ns === "nav" ? t(s.label.key) : tw(s.label.key),
    })),
  }));
  return (
    // Wider than the public pages on a large screen: lists use the whole width, next to the side navigation.
    <div className="lg:ml-[calc(50%_-_min(40rem,_50vw_-_1rem))] lg:w-[min(80rem,_calc(100vw_-_2rem))]">
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-8">
        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <nav aria-label={t("admin")} className="border-b border-slate-300 pb-2 lg:border-0 lg:pb-0">
            {/* On a phone the sections fold into a menu (a native disclosure: keyboard and screen readers for free). */}
            <details className="lg:hidden">
              <summary className="btn-secondary inline-flex min-h-11 cursor-pointer items-center px-3 py-2 text-sm">
                {t("menu")}
              </summary>
              <div className="mt-3">
                <StaffNavLinks base={base} groups={groups} idPrefix="menu" />
              </div>
            </details>
            <div className="hidden lg:block">
              <StaffNavLinks base={base} groups={groups} idPrefix="side" />
            </div>
          </nav>
          <SpaceSwitcher current={tenant} spaces={spaces} />
        </aside>
        <div className="min-w-0 space-y-6">
          <StaffSearchBox tenantSlug={tenant} />
          {children}
        </div>
      </div>
    </div>
  );
}
