import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { PartnerForm } from "@/components/offers/PartnerForms";
import { BackLink } from "@/components/ui/BackLink";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { getPartner } from "@/lib/offers/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("partner");

export default async function EditPartnerPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant } = await requireTenantPage(slug, "partners.manage", `/${slug}/admin/partners/${id}`);
  // The tenant is part of the lookup: another tenant's partner is simply not found.
  const partner = await getPartner(tenant.id, id);
  if (!partner) notFound();
  const t = await getTranslations("offers");
  return (
    <ClientMessages namespaces={["offers"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/partners`}>{t("back")}</BackLink>
        <h1 className="page-title">{partner.name}</h1>
        <section className="card">
          <PartnerForm
            tenantSlug={tenant.slug}
            editing={{
              id: partner.id,
              values: {
                name: partner.name,
                category: partner.category,
                address: partner.address,
                phone: partner.phone,
                website: partner.website,
                logoUrl: partner.logoUrl ?? "",
                contactPerson: partner.contactPerson,
                notes: partner.notes,
              },
            }}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
