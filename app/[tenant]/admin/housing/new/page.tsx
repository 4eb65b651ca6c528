import { getTranslations } from "next-intl/server";

import { UnitForm } from "@/components/housing/UnitForm";
import { BackLink } from "@/components/ui/BackLink";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("housingNew");

export default async function NewHousingUnitPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "housing.manage", `/${slug}/admin/housing/new`);
  const t = await getTranslations("housing");
  return (
    <ClientMessages namespaces={["housing"]}>
      <div className="space-y-4">
        <BackLink href={`/${tenant.slug}/admin/housing`}>{t("back")}</BackLink>
        <h1 className="page-title">{t("newUnit")}</h1>
        <section className="card">
          <UnitForm tenantSlug={tenant.slug} />
        </section>
      </div>
    </ClientMessages>
  );
}
