import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";
import { listListedTenants } from "@/lib/platform/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tenants = await listListedTenants();
  return (
    <div className="space-y-8">
      <section>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
      </section>
      <section aria-labelledby="cpts-list">
        <h2 id="cpts-list" className="text-xl font-semibold">
          {t("listTitle")}
        </h2>
        {tenants.length === 0 ? (
          <p className="mt-3">{t("empty")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {tenants.map((tenant) => (
              <li key={tenant.slug} className="card">
                <h3 className="text-lg font-semibold">{tenant.name}</h3>
                <p className="text-sm text-slate-700">{tenant.region}</p>
                {tenant.territoryDescription ? (
                  <p className="mt-2 line-clamp-3">{tenant.territoryDescription}</p>
                ) : null}
                <p className="mt-3">
                  <Link className="link" href={`/${tenant.slug}`}>
                    {t("visit", { name: tenant.name })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
