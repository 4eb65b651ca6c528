import { getTranslations } from "next-intl/server";

import { StaffSecondFactorToggle } from "@/components/security/StaffSecondFactorToggle";
import { SettingsForm } from "@/components/settings/SettingsForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("settings");

export default async function SettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "settings.manage", `/${slug}/admin/settings`);
  const t = await getTranslations("settings");
  return (
    <ClientMessages namespaces={["settings", "security"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        <div className="card">
          <SettingsForm
            tenantSlug={tenant.slug}
            defaults={{
              firstResponseDays: tenant.firstResponseDays,
              referralReminderDays: tenant.referralReminderDays,
              referencePrefix: tenant.referencePrefix,
              welcomeText: tenant.welcomeText,
              commitmentText: tenant.commitmentText,
            }}
          />
        </div>
        <div className="card">
          <StaffSecondFactorToggle tenantSlug={tenant.slug} required={tenant.requireStaffSecondFactor} />
        </div>
      </div>
    </ClientMessages>
  );
}
