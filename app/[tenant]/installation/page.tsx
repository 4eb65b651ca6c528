import { getTranslations } from "next-intl/server";

import { AidsLink } from "@/components/network/AidsLink";
import { IntakeFormSection } from "@/components/requests/intake/IntakeFormSection";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

// Only what the form shows: the staff and tracking texts of "requests" would double the page's HTML.
const INTAKE_MESSAGES = [
  "requests.intake",
  "requests.professions",
  "requests.practiceModes",
  "requests.needs",
  "requests.needFields",
  "requests.errors.rateLimited",
];

// Texts of those namespaces the form never shows: the page's own title and intro (rendered here), and
// errors of other pages. The intake page's HTML stays under 20 KB.
const INTAKE_OMIT = [
  "requests.intake.title",
  "requests.intake.intro",
  "errors.invitation",
  "errors.slug",
  "errors.timeZone",
  "errors.role",
  "errors.signedOut",
  "errors.forbidden",
  "errors.notFound",
];

export const generateMetadata = pageMetadata("installation", { index: true });

export default async function InstallationPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}/installation`);
  const t = await getTranslations("requests.intake");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="page-title">{t("title", { tenant: tenant.name })}</h1>
      <p className="text-slate-800">{t("intro")}</p>
      <AidsLink tenantSlug={tenant.slug} />
      <div className="card">
        <IntakeFormSection
          tenantSlug={tenant.slug}
          tenantName={tenant.name}
          commitmentText={tenant.commitmentText}
          namespaces={INTAKE_MESSAGES}
          omit={INTAKE_OMIT}
        />
      </div>
    </div>
  );
}
