import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ActorAnswerForm } from "@/components/network/ActorAnswerForm";
import type { NeedType, Profession } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatCalendarDay } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { findReferralByToken, type SharedDetails } from "@/lib/network/referrals";
import { describeNeedDetails } from "@/lib/requests/need-details";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("orientation");

type Props = { params: Promise<{ tenant: string; token: string }> };

/**
 * The actor's page, reached from the introduction email: only what the newcomer agreed to share about
 * this one need. Unknown, malformed, expired, revoked or other-tenant tokens all give the same 404.
 */
export default async function OrientationPage({ params }: Props) {
  const { tenant: slug, token } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}`);
  const referral = await findReferralByToken(tenant.id, token);
  if (!referral) notFound();
  const shared = referral.sharedDetails as SharedDetails;
  const t = await getTranslations("network");
  const tReq = await getTranslations("requests");
  const locale = await getLocale();
  const details = describeNeedDetails(shared.needDetails, { t: (key) => tReq(key as never), locale }).filter(
    (line) => line.field !== "notes",
  );
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="page-title">{t("orientation.title", { tenant: tenant.name })}</h1>
        <p>{t("orientation.intro", { tenant: tenant.name })}</p>
      </header>
      <section aria-labelledby="shared" className="card">
        <h2 id="shared" className="sr-only">
          {t("orientation.need")}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-medium">{t("orientation.person")}</dt>
          <dd>
            {shared.firstName} {shared.lastName}
          </dd>
          <dt className="font-medium">{t("orientation.profession")}</dt>
          <dd>{tReq(`professions.${shared.profession as Profession}`)}</dd>
          {shared.arrivalDate ? (
            <>
              <dt className="font-medium">{t("orientation.arrival")}</dt>
              <dd>{formatCalendarDay(new Date(`${shared.arrivalDate}T00:00:00Z`))}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t("orientation.need")}</dt>
          <dd>{tReq(`needs.${shared.needType as NeedType}`)}</dd>
          {details.map((line) => (
            <div key={line.field} className="contents">
              <dt className="font-medium">{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card space-y-3">
        {referral.actorAnswer ? (
          <p className="font-medium">{t("orientation.previous", { answer: t(`answers.${referral.actorAnswer}`) })}</p>
        ) : null}
        {referral.status === "CONTACTED" || referral.status === "ANSWERED" ? (
          <ClientMessages namespaces={["network"]}>
            <ActorAnswerForm tenantSlug={tenant.slug} token={token} />
          </ClientMessages>
        ) : null}
        <p className="text-sm text-slate-700">{t("orientation.private")}</p>
      </section>
    </div>
  );
}
