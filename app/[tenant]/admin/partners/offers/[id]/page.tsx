import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { OfferForm } from "@/components/offers/PartnerForms";
import { BackLink } from "@/components/ui/BackLink";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { isoCalendarDay, isoDayInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { announcementAudience } from "@/lib/members/announce";
import { getOfferForEdit } from "@/lib/offers/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("offer");

export default async function EditOfferPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant } = await requireTenantPage(slug, "partners.manage", `/${slug}/admin/partners/offers/${id}`);
  // The tenant is part of the lookup: another tenant's offer is simply not found.
  const found = await getOfferForEdit(tenant.id, id);
  if (!found) notFound();
  const { offer, partners } = found;
  const t = await getTranslations("offers");
  return (
    <ClientMessages namespaces={["offers"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/partners`}>{t("back")}</BackLink>
        <h1 className="page-title">{offer.title}</h1>
        <p>{t(`status.${offer.status}`)}</p>
        <section className="card">
          <OfferForm
            tenantSlug={tenant.slug}
            partners={partners}
            today={isoDayInTimeZone(new Date(), tenant.timeZone)}
            audience={await announcementAudience(tenant.id, "offers")}
            editing={{
              id: offer.id,
              isDraft: offer.status === "DRAFT",
              values: {
                partnerId: offer.partnerId,
                title: offer.title,
                description: offer.description,
                discount: offer.discount,
                howToClaim: offer.howToClaim,
                conditions: offer.conditions,
                validFrom: isoCalendarDay(offer.validFrom),
                validUntil: offer.validUntil ? isoCalendarDay(offer.validUntil) : "",
                audience: offer.audience,
                publish: false,
              },
            }}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
