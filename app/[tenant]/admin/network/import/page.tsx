import { getTranslations } from "next-intl/server";

import { ActorImportForm } from "@/components/network/ActorImportForm";
import { BackLink } from "@/components/ui/BackLink";
import { CodeSample } from "@/components/ui/CodeSample";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { ACTOR_IMPORT_MAX_LINES } from "@/lib/network/import";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("networkImport");

export default async function ImportActorsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "network.manage", `/${slug}/admin/network/import`);
  const t = await getTranslations("network");
  return (
    <ClientMessages namespaces={["network"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/network`}>{t("back")}</BackLink>
        <h1 className="page-title">{t("import.title")}</h1>
        <section aria-labelledby="format" className="card space-y-2">
          <h2 id="format" className="text-xl font-semibold">
            {t("import.formatTitle")}
          </h2>
          <p>{t("import.formatIntro", { max: ACTOR_IMPORT_MAX_LINES })}</p>
          <CodeSample label={t("import.formatTitle")}>
            {
              "nom;catégorie;besoins;communes;étiquettes;téléphone;e-mail\nImmo Morlaix;Agence immobilière;Logement durable | Logement temporaire;Morlaix, Plourin-lès-Morlaix;location;02 98 00 00 00;contact@immo.example"
            }
          </CodeSample>
        </section>
        <ActorImportForm tenantSlug={tenant.slug} />
      </div>
    </ClientMessages>
  );
}
