import { getTranslations } from "next-intl/server";

import { ActorForm } from "@/components/network/ActorForm";
import { BackLink } from "@/components/ui/BackLink";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { needLabels } from "@/lib/network/labels";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("networkNew");

export default async function NewActorPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "network.manage", `/${slug}/admin/network/new`);
  const t = await getTranslations("network");
  return (
    <ClientMessages namespaces={["network"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/network`}>{t("back")}</BackLink>
        <h1 className="page-title">{t("createTitle")}</h1>
        <section className="card">
          <ActorForm tenantSlug={tenant.slug} needLabels={await needLabels()} />
        </section>
      </div>
    </ClientMessages>
  );
}
