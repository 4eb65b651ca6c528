import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { can } from "@/lib/tenancy/permissions";

export const generateMetadata = pageMetadata("portal");

export default async function PortalPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug, "portal.view", `/${slug}/portal`);
  const t = await getTranslations("portal");
  const tNav = await getTranslations("nav");
  return (
    <div className="space-y-6">
      <h1 className="page-title">{t("title", { tenant: tenant.name })}</h1>
      <p>{t("intro")}</p>
      <p className="flex flex-wrap gap-3">
        <Link className="btn-primary" href={`/${tenant.slug}/portal/offers`}>
          {tNav("offers")}
        </Link>
        <Link className="btn-primary" href={`/${tenant.slug}/portal/events`}>
          {tNav("events")}
        </Link>
        <Link className="btn-secondary" href={`/${tenant.slug}/portal/directory`}>
          {tNav("directory")}
        </Link>
        <Link className="btn-secondary" href={`/${tenant.slug}/portal/profile`}>
          {tNav("profile")}
        </Link>
      </p>
      <p className="card">{t("soon")}</p>
      {can(role, "admin.view") ? (
        <p>
          <Link className="link" href={`/${tenant.slug}/admin`}>
            {t("staffLink")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
