import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AidsLink } from "@/components/network/AidsLink";
import { Link } from "@/components/ui/Link";
import { findTenantBySlug, requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tenant = await findTenantBySlug((await params).tenant);
  return { title: tenant?.name ?? "Page introuvable" };
}

export default async function TenantPublicPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug, null, `/${slug}`);
  const t = await getTranslations("tenant");
  const tRequests = await getTranslations("requests");
  return (
    <div className="space-y-6">
      <header className="border-l-8 pl-4" style={{ borderColor: tenant.brandColor }}>
        <p className="text-sm font-medium text-slate-700">{tenant.region}</p>
        <h1 className="page-title">{tenant.name}</h1>
      </header>
      <p>
        <Link className="btn-primary" href={`/${tenant.slug}/installation`}>
          {tRequests("publicCta")}
        </Link>
      </p>
      <AidsLink tenantSlug={tenant.slug} />
      {tenant.welcomeText ? (
        <section className="card" aria-labelledby="welcome">
          <h2 id="welcome" className="text-xl font-semibold">
            {t("welcomeTitle")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{tenant.welcomeText}</p>
        </section>
      ) : null}
      {tenant.territoryDescription ? (
        <section className="card" aria-labelledby="territory">
          <h2 id="territory" className="text-xl font-semibold">
            {t("territory")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{tenant.territoryDescription}</p>
        </section>
      ) : null}
      {tenant.commitmentText ? (
        <section className="card" aria-labelledby="commitment">
          <h2 id="commitment" className="text-xl font-semibold">
            {t("commitment")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{tenant.commitmentText}</p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="contact">
        <h2 id="contact" className="text-xl font-semibold">
          {t("contact")}
        </h2>
        <p className="mt-2">
          <a className="link" href={`mailto:${tenant.contactEmail}`}>
            {tenant.contactEmail}
          </a>
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link className="link" href={`/${tenant.slug}/portal`}>
            {t("membersLink")}
          </Link>
          {role === "COORDINATOR" || role === "STAFF" ? (
            <Link className="link" href={`/${tenant.slug}/admin`}>
              {t("staffLink")}
            </Link>
          ) : null}
        </p>
      </section>
    </div>
  );
}
