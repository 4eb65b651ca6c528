import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";

// Navigation only: every portal page runs the guard itself (a layout is not an authorization boundary).
export default async function PortalLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { tenant } = await params;
  const t = await getTranslations("nav");
  return (
    <div className="space-y-6">
      <nav aria-label={t("portal")} className="border-b border-slate-300 pb-2">
        <ul className="flex flex-wrap gap-4 text-sm">
          <li>
            <Link className="link" href={`/${tenant}/portal`}>
              {t("home")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/portal/offers`}>
              {t("offers")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/portal/events`}>
              {t("events")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/portal/housing`}>
              {t("housing")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/portal/directory`}>
              {t("directory")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/portal/profile`}>
              {t("profile")}
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
