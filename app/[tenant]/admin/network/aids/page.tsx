import { getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/ActionButton";
import { AidForm } from "@/components/network/AidForm";
import { AidList } from "@/components/network/AidList";
import { BackLink } from "@/components/ui/BackLink";
import { Link } from "@/components/ui/Link";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { deleteAidAction } from "@/lib/network/aid-actions";
import { aidLabels, listAllAids } from "@/lib/network/aid-queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("networkAids");

export default async function AidsAdminPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "network.manage", `/${slug}/admin/network/aids`);
  const t = await getTranslations("network");
  const aids = await listAllAids(tenant.id);
  return (
    <ClientMessages namespaces={["network"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/network`}>{t("back")}</BackLink>
        <h1 className="page-title">{t("aids.title")}</h1>
        <p>{t("aids.staffIntro")}</p>
        <p>
          <Link className="link" href={`/${tenant.slug}/aides`}>
            {t("aids.publicLink")}
          </Link>
        </p>
        <section className="card">
          <AidForm tenantSlug={tenant.slug} labels={await aidLabels()} />
        </section>
        <AidList
          aids={aids}
          actions={(aid) => (
            <>
              <Link className="link text-sm" href={`/${tenant.slug}/admin/network/aids/${aid.id}`}>
                {t("aids.edit")}
                <span className="sr-only"> : {aid.name}</span>
              </Link>
              <ActionButton
                action={deleteAidAction.bind(null, tenant.slug, { aidId: aid.id })}
                label={t("aids.delete")}
                srLabel={aid.name}
                confirm={t("aids.deleteConfirm")}
              />
            </>
          )}
        />
      </div>
    </ClientMessages>
  );
}
