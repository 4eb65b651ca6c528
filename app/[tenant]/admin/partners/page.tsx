import { getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/ActionButton";
import { OfferForm, PartnerForm } from "@/components/offers/PartnerForms";
import { Link } from "@/components/ui/Link";
import { PageHeader } from "@/components/ui/PageHeader";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatCalendarDay, isoDayInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { announcementAudience } from "@/lib/members/announce";
import { changeOfferStatusAction } from "@/lib/offers/actions";
import { partnerReport } from "@/lib/offers/service";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("partners");

export default async function PartnersPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "partners.manage", `/${slug}/admin/partners`);
  const t = await getTranslations("offers");
  const [partners, audience] = await Promise.all([partnerReport(tenant.id), announcementAudience(tenant.id, "offers")]);
  const today = isoDayInTimeZone(new Date(), tenant.timeZone);
  return (
    <ClientMessages namespaces={["offers"]}>
      <div className="space-y-6">
        <PageHeader title={t("staffTitle")} />
        <div className="grid gap-6 lg:grid-cols-2">
          <section className="card">
            <PartnerForm tenantSlug={tenant.slug} />
          </section>
          {partners.length ? (
            <section className="card">
              <OfferForm
                tenantSlug={tenant.slug}
                today={today}
                audience={audience}
                partners={partners.map((p) => ({ id: p.id, name: p.name }))}
              />
            </section>
          ) : null}
        </div>
        <section aria-labelledby="report">
          <h2 id="report" className="text-xl font-semibold">
            {t("report")}
          </h2>
          {partners.length === 0 ? (
            <p className="mt-2">{t("noPartners")}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {partners.map((p) => (
                <li key={p.id} className="card">
                  <h3 className="font-semibold">
                    {p.name}{" "}
                    <span className="text-sm font-normal text-slate-700">({t(`categories.${p.category}`)})</span>{" "}
                    <Link className="link text-sm font-normal" href={`/${tenant.slug}/admin/partners/${p.id}`}>
                      {t("editPartner")}
                      <span className="sr-only"> : {p.name}</span>
                    </Link>
                  </h3>
                  {p.offers.length === 0 ? (
                    <p className="text-sm">{t("noOffers")}</p>
                  ) : (
                    <ul className="mt-1 space-y-1 text-sm">
                      {p.offers.map((o) => (
                        <li key={o.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                          <span>
                            {o.title} — {t(`status.${o.status}`)}
                            {o.validUntil ? ` — ${t("until", { date: formatCalendarDay(o.validUntil) })}` : ""} —{" "}
                            {t("views", { count: o.views })}, {t("claims", { count: o.claims })}
                          </span>
                          <Link className="link" href={`/${tenant.slug}/admin/partners/offers/${o.id}`}>
                            {t("editOffer")}
                            <span className="sr-only"> : {o.title}</span>
                          </Link>
                          <ActionButton
                            action={changeOfferStatusAction.bind(null, tenant.slug, {
                              offerId: o.id,
                              status: o.status === "PUBLISHED" ? "ARCHIVED" : "PUBLISHED",
                            })}
                            label={o.status === "PUBLISHED" ? t("archive") : t("publishNow")}
                            srLabel={o.title}
                            // A draft's first publication is announced: staff see to how many people first.
                            confirm={o.status === "DRAFT" ? t("announcementReach", { count: audience }) : undefined}
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
