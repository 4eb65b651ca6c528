import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { dashboardCounts } from "@/lib/dashboard/queries";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("admin");

export default async function AdminDashboardPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "admin.view", `/${slug}/admin`);
  const t = await getTranslations("admin");
  const { year, byRole: counts, openRequests, duesPaid, upcomingEvents } = await dashboardCounts(tenant);
  const stats = [
    { label: t("coordinators"), value: counts.COORDINATOR ?? 0 },
    { label: t("staff"), value: counts.STAFF ?? 0 },
    { label: t("members"), value: counts.MEMBER ?? 0 },
    { label: t("openRequests"), value: openRequests, href: `/${tenant.slug}/admin/requests` },
    {
      label: t("duesPaid", { year }),
      value: duesPaid,
      href: `/${tenant.slug}/admin/members?duesYear=${year}&dues=paid`,
    },
    { label: t("upcomingEvents"), value: upcomingEvents, href: `/${tenant.slug}/admin/events` },
  ];
  return (
    <div className="space-y-6">
      <h1 className="page-title">{t("title", { tenant: tenant.name })}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="stats">
        <h2 id="stats" className="text-xl font-semibold">
          {t("stats")}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
          {stats.map((s) => (
            <div key={s.label} className="card">
              <dt className="text-sm text-slate-700">
                {s.href ? (
                  <Link className="link" href={s.href}>
                    {s.label}
                  </Link>
                ) : (
                  s.label
                )}
              </dt>
              <dd className="text-3xl font-bold">{s.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p>
        <Link className="btn-primary" href={`/${tenant.slug}/admin/members`}>
          {t("manageMembers")}
        </Link>
      </p>
    </div>
  );
}
