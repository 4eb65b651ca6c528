import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ActionButton } from "@/components/forms/ActionButton";
import { ActorForm } from "@/components/network/ActorForm";
import { ContactForm } from "@/components/network/ContactForm";
import { BackLink } from "@/components/ui/BackLink";
import { Link } from "@/components/ui/Link";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDate } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { removeContactAction } from "@/lib/network/actor-actions";
import { needLabels } from "@/lib/network/labels";
import { findActor } from "@/lib/network/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("networkActor");

export default async function ActorPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug, id } = await params;
  const { tenant } = await requireTenantPage(slug, "network.manage", `/${slug}/admin/network/${id}`);
  // The tenant is part of the lookup: another tenant's actor is simply not found.
  const actor = await findActor(tenant.id, id);
  if (!actor) notFound();
  const t = await getTranslations("network");
  const tReq = await getTranslations("requests");
  const helped = actor.referrals.filter((r) => r.status === "HELPED").length;
  return (
    <ClientMessages namespaces={["network"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/network`}>{t("back")}</BackLink>
        <header className="space-y-1">
          <h1 className="page-title">{actor.name}</h1>
          <p>
            {t(`categories.${actor.category}`)} — {t("history.helpedCount", { count: helped })} —{" "}
            {actor.lastContactedAt
              ? t("fields.lastContacted", { date: formatDate(actor.lastContactedAt, tenant.timeZone, dateLocale) })
              : t("fields.never")}
          </p>
          {actor.website ? (
            <p>
              <a className="link" href={actor.website} rel="noopener noreferrer" target="_blank">
                {actor.website}
              </a>
            </p>
          ) : null}
        </header>

        <section aria-labelledby="contacts" className="card space-y-3">
          <h2 id="contacts" className="text-xl font-semibold">
            {t("contacts.title")}
          </h2>
          {actor.contacts.length === 0 ? (
            <p>{t("contacts.none")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {actor.contacts.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-medium">{c.name}</span>
                    {c.role ? ` — ${c.role}` : ""}
                    {c.phone ? ` — ${c.phone}` : ""}
                    {c.email ? (
                      <>
                        {" — "}
                        <a className="link" href={`mailto:${c.email}`}>
                          {c.email}
                        </a>
                      </>
                    ) : null}
                    {c.reachHint ? <span className="block text-sm text-slate-700">{c.reachHint}</span> : null}
                  </span>
                  <ActionButton
                    action={removeContactAction.bind(null, tenant.slug, { contactId: c.id })}
                    label={t("contacts.remove")}
                    srLabel={c.name}
                  />
                </li>
              ))}
            </ul>
          )}
          <ContactForm tenantSlug={tenant.slug} actorId={actor.id} />
        </section>

        <section aria-labelledby="history" className="card space-y-3">
          <h2 id="history" className="text-xl font-semibold">
            {t("history.title")}
          </h2>
          {actor.referrals.length === 0 ? (
            <p>{t("history.none")}</p>
          ) : (
            <ul className="space-y-1">
              {actor.referrals.map((r) => (
                <li key={r.id}>
                  {formatDate(r.createdAt, tenant.timeZone, dateLocale)} —{" "}
                  <Link className="link" href={`/${tenant.slug}/admin/requests/${r.request.id}`}>
                    {t("history.line", {
                      reference: r.request.reference,
                      need: tReq(`needs.${r.need.type}`),
                      status: t(`status.${r.status}`),
                    })}
                  </Link>
                  {r.consent !== "ACCEPTED" ? ` (${t(`consentStates.${r.consent}`)})` : ""}
                  {r.actorAnswer ? ` — ${t(`answers.${r.actorAnswer}`)}` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card">
          <ActorForm
            tenantSlug={tenant.slug}
            needLabels={await needLabels()}
            editing={{
              id: actor.id,
              values: {
                name: actor.name,
                category: actor.category,
                needTypes: actor.needTypes,
                communes: actor.communes.join(", "),
                tags: actor.tags.join(", "),
                website: actor.website,
                address: actor.address,
                phone: actor.phone,
                email: actor.email,
                notes: actor.notes,
              },
            }}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
