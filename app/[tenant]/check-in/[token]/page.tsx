import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CheckInForm, StopCheckInsButton } from "@/components/followup/CheckInForms";
import { PageHeader } from "@/components/ui/PageHeader";
import { findCheckInByToken } from "@/lib/followup/checkin";
import { needsCallBack } from "@/lib/followup/schemas";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDate } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("checkIn");

type Props = { params: Promise<{ tenant: string; token: string }> };

/** The token is the credential: unknown, expired, malformed or other-tenant tokens all give the same 404. */
export default async function CheckInPage({ params }: Props) {
  const { tenant: slug, token } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}`);
  const checkIn = await findCheckInByToken(tenant.id, token);
  if (!checkIn) notFound();
  const t = await getTranslations("followUp");
  const tTitles = await getTranslations("titles");
  const locale = (await getLocale()) === "en" ? "en-GB" : "fr-FR";
  return (
    <ClientMessages namespaces={["followUp"]}>
      <div className="mx-auto max-w-2xl space-y-6">
        <PageHeader
          title={tTitles("checkIn")}
          description={
            <p>
              {t("intro", { firstName: checkIn.request.firstName, months: checkIn.milestone, tenant: tenant.name })}
            </p>
          }
        />
        <section className="card">
          {checkIn.answeredAt ? (
            <div className="space-y-2" role="status">
              <p>{t("thanks", { date: formatDate(checkIn.answeredAt, tenant.timeZone, locale) })}</p>
              {needsCallBack({ settledScore: checkIn.settledScore ?? 5, wantsToTalk: checkIn.wantsToTalk }) ? (
                <p>{t("callBack")}</p>
              ) : null}
            </div>
          ) : (
            <CheckInForm tenantSlug={tenant.slug} token={token} />
          )}
        </section>
        <section aria-labelledby="stop-title" className="card space-y-2">
          <h2 id="stop-title" className="text-xl font-semibold">
            {t("stopTitle")}
          </h2>
          {checkIn.request.checkInsStoppedAt ? (
            <p>{t("alreadyStopped")}</p>
          ) : (
            <>
              <p>{t("stopText")}</p>
              <StopCheckInsButton tenantSlug={tenant.slug} token={token} />
            </>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
