import { getTranslations } from "next-intl/server";

import { AcceptInvitation } from "@/components/invitations/AcceptInvitation";
import { getCurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { lookupInvitation } from "@/lib/invitations/lookup";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("invitation");

/** Opening the link changes nothing (mail scanners open links); accepting takes a button press. */
export default async function InvitationPage({ params }: { params: Promise<{ tenant: string; token: string }> }) {
  const { tenant: slug, token } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}`);
  const t = await getTranslations("invitations");
  const tRoles = await getTranslations("roles");
  const lookup = await lookupInvitation(tenant.id, token);
  const user = await getCurrentUser();

  return (
    <ClientMessages namespaces={["invitations"]}>
      <section className="card mx-auto max-w-xl space-y-4" aria-labelledby="invitation-title">
        <h1 id="invitation-title" className="page-title">
          {t("pageTitle", { tenant: tenant.name })}
        </h1>
        {lookup.state !== "valid" ? (
          <p role="alert">{t(`state.${lookup.state}`)}</p>
        ) : (
          <>
            <p>
              {t("valid", {
                tenant: tenant.name,
                role: tRoles(lookup.invitation.role),
                email: lookup.invitation.email,
              })}
            </p>
            {user && user.email !== lookup.invitation.email ? (
              <p role="alert">{t("otherAccount")}</p>
            ) : user ? (
              <AcceptInvitation
                tenantSlug={tenant.slug}
                token={token}
                label={t("acceptSignedIn", { tenant: tenant.name })}
              />
            ) : (
              <>
                <p className="text-slate-700">{t("acceptHelp", { email: lookup.invitation.email })}</p>
                <AcceptInvitation tenantSlug={tenant.slug} token={token} label={t("acceptSignIn")} />
              </>
            )}
          </>
        )}
      </section>
    </ClientMessages>
  );
}
