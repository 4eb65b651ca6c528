import { getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/ActionButton";
import { HouseholdForm } from "@/components/profile/HouseholdForm";
import { ProfileForm } from "@/components/profile/ProfileForm";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { getMyProfile } from "@/lib/members/profile";
import { removeFromMyHouseholdAction } from "@/lib/members/profile-actions";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("profile");

export default async function ProfilePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const ctx = await requireTenantPage(slug, "portal.view", `/${slug}/portal/profile`);
  const { tenant } = ctx;
  const profile = await getMyProfile(ctx);
  const t = await getTranslations("profile");
  return (
    <ClientMessages namespaces={["profile", "requests.professions"]}>
      <div className="space-y-6">
        <h1 className="page-title">{t("title")}</h1>
        <p>{t("intro", { email: profile.user.email })}</p>
        <section className="card">
          <ProfileForm
            tenantSlug={tenant.slug}
            initial={{
              name: profile.user.name ?? "",
              phone: profile.phone,
              profession: profile.profession ?? "",
              specialty: profile.specialty,
              practicePlace: profile.practicePlace,
              directoryOptIn: profile.directoryOptIn,
              notifyEvents: profile.notifyEvents,
              notifyOffers: profile.notifyOffers,
            }}
          />
        </section>
        <section aria-labelledby="household-title" className="card space-y-3">
          <h2 id="household-title" className="text-xl font-semibold">
            {t("householdTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("householdIntro")}</p>
          {profile.household.length === 0 ? (
            <p>{t("householdEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {profile.household.map((h) => (
                <li key={h.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {h.firstName} — {t(`relations.${h.relation}`)}
                    {h.birthYear ? ` (${t("born", { year: h.birthYear })})` : ""}
                  </span>
                  <ActionButton
                    action={removeFromMyHouseholdAction.bind(null, tenant.slug, { householdMemberId: h.id })}
                    label={t("remove")}
                    srLabel={h.firstName}
                    confirm={t("removeConfirm", { name: h.firstName })}
                  />
                </li>
              ))}
            </ul>
          )}
          <HouseholdForm tenantSlug={tenant.slug} />
        </section>
      </div>
    </ClientMessages>
  );
}
