import { UnitForm } from "@/components/housing/UnitForm";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("housingNew");

export default async function NewHousingUnitPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "housing.manage", `/${slug}/admin/housing/new`);
  return (
    <ClientMessages namespaces={["housing"]}>
      <section className="card">
        <UnitForm tenantSlug={tenant.slug} />
      </section>
    </ClientMessages>
  );
}
