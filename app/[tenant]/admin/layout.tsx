import { getTranslations } from "next-intl/server";
import Link from "next/link";

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
  return (
    <div className="space-y-6">
      <nav aria-label={t("admin")} className="border-b border-slate-300 pb-2">
        <ul className="flex flex-wrap gap-4 text-sm">
          <li>
            <Link className="link" href={`/${tenant}/admin`}>
              {t("dashboard")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/admin/requests`}>
              {t("requests")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/admin/members`}>
              {t("members")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/admin/events`}>
              {t("events")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/admin/partners`}>
              {t("partners")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/admin/emails`}>
              {t("emails")}
            </Link>
          </li>
          <li>
            <Link className="link" href={`/${tenant}/admin/settings`}>
              {t("settings")}
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
