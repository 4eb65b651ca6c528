import { getTranslations } from "next-intl/server";

import { CreateTenantForm } from "@/components/platform/CreateTenantForm";
import { Link } from "@/components/ui/Link";
import { TableScroll } from "@/components/ui/TableScroll";
import { requirePlatformPage } from "@/lib/auth/page-guards";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";
import { listTenantsForPlatform } from "@/lib/platform/queries";

export const generateMetadata = pageMetadata("platform");

export default async function PlatformPage() {
  await requirePlatformPage();
  const t = await getTranslations("platform");
  const tenants = await listTenantsForPlatform();

  return (
    <ClientMessages namespaces={["platform"]}>
      <div className="space-y-8">
        <h1 className="page-title">{t("title")}</h1>
        <section className="card">
          <CreateTenantForm />
        </section>
        <section aria-labelledby="tenants-title">
          <h2 id="tenants-title" className="text-xl font-semibold">
            {t("tenants")}
          </h2>
          <TableScroll label={t("tenants")} className="mt-3">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.name")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.slug")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.region")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.members")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.listed")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {tenants.map((tenant) => (
                  <tr key={tenant.id}>
                    <td className="px-3 py-2">{tenant.name}</td>
                    <td className="px-3 py-2">
                      <Link className="link" href={`/${tenant.slug}`}>
                        /{tenant.slug}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{tenant.region}</td>
                    <td className="px-3 py-2">{tenant._count.memberships}</td>
                    <td className="px-3 py-2">{tenant.listed ? t("listedYes") : t("listedNo")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      </div>
    </ClientMessages>
  );
}
