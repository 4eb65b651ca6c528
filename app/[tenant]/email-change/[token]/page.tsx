import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmEmailChange } from "@/components/requests/track/ConfirmEmailChange";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { findEmailChange } from "@/lib/requests/email-change";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("emailChange");

type Props = { params: Promise<{ tenant: string; token: string }> };

/**
 * Opening the link changes nothing (mail scanners open links): the button confirms. Unknown, malformed,
 * expired, used or other-tenant tokens all give the same 404.
 */
export default async function EmailChangePage({ params }: Props) {
  const { tenant: slug, token } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}`);
  const change = await findEmailChange(tenant.id, token);
  if (!change) notFound();
  const t = await getTranslations("emailChange");
  return (
    <ClientMessages namespaces={["emailChange"]}>
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="page-title">{t("title")}</h1>
        <section className="card space-y-3">
          <p>{t("intro", { reference: change.request.reference, tenant: tenant.name, email: change.newEmail })}</p>
          <ConfirmEmailChange tenantSlug={tenant.slug} token={token} />
          <p className="text-sm text-slate-700">{t("notYou")}</p>
        </section>
      </div>
    </ClientMessages>
  );
}
