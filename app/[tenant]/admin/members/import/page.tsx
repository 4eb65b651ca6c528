import { getTranslations } from "next-intl/server";

import { ImportForm } from "@/components/members/ImportForm";
import { BackLink } from "@/components/ui/BackLink";
import { CodeSample } from "@/components/ui/CodeSample";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { IMPORT_MAX_LINES } from "@/lib/members/import-rules";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("memberImport");

export default async function ImportMembersPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "members.import", `/${slug}/admin/members/import`);
  const t = await getTranslations("memberImport");
  return (
    <ClientMessages namespaces={["memberImport"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/members`}>{t("back")}</BackLink>
        <h1 className="page-title">{t("title")}</h1>
        <section aria-labelledby="format" className="card space-y-2">
          <h2 id="format" className="text-xl font-semibold">
            {t("formatTitle")}
          </h2>
          <p>{t("formatIntro", { max: IMPORT_MAX_LINES })}</p>
          <ul className="list-inside list-disc text-sm">
            {(
              [
                "email",
                "name",
                "firstName",
                "profession",
                "specialty",
                "practicePlace",
                "phone",
                "arrivalDate",
                "dues",
                "directory",
              ] as const
            ).map((c) => (
              <li key={c}>
                <span className="font-medium">{t(`columns.${c}`)}</span> — {t(`columnHelp.${c}`)}
              </li>
            ))}
          </ul>
          <CodeSample label={t("formatTitle")}>
            {
              "email;prénom;nom;profession;lieu d'exercice;cotisations;annuaire\nlea.morvan@exemple.fr;Léa;Morvan;Infirmier;Morlaix;2025 2026;oui"
            }
          </CodeSample>
        </section>
        <ImportForm tenantSlug={tenant.slug} />
      </div>
    </ClientMessages>
  );
}
