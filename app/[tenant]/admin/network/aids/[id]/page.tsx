import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AidForm } from "@/components/network/AidForm";
import { BackLink } from "@/components/ui/BackLink";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { aidLabels, findAid } from "@/lib/network/aid-queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("networkAid");

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "";

export default async function EditAidPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant } = await requireTenantPage(slug, "network.manage", `/${slug}/admin/network/aids/${id}`);
  const aid = await findAid(tenant.id, id);
  if (!aid) notFound();
  const t = await getTranslations("network.aids");
  return (
    <ClientMessages namespaces={["network"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/network/aids`}>{t("back")}</BackLink>
        <h1 className="page-title">{aid.name}</h1>
        <section className="card">
          <AidForm
            tenantSlug={tenant.slug}
            labels={await aidLabels()}
            editing={{
              id: aid.id,
              values: {
                name: aid.name,
                funder: aid.funder,
                amount: aid.amount,
                professions: aid.professions,
                practiceModes: aid.practiceModes,
                zones: aid.zones,
                conditions: aid.conditions,
                howToApply: aid.howToApply,
                link: aid.link,
                validFrom: day(aid.validFrom),
                validUntil: day(aid.validUntil),
              },
            }}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
