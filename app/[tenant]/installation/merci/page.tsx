import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { Link } from "@/components/ui/Link";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("installationSent");

const ZQuery = z.object({
  ref: z
    .string()
    .regex(/^[A-Z0-9]{2,10}-\d{4}-\d{4,}$/)
    .optional()
    .catch(undefined),
});

export default async function IntakeDonePage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}/installation/merci`);
  const { ref } = ZQuery.parse(await searchParams);
  const t = await getTranslations("requests.done");
  return (
    <section className="card mx-auto max-w-xl space-y-3" aria-labelledby="done-title">
      <h1 id="done-title" className="page-title">
        {t("title")}
      </h1>
      <p role="status">{ref ? t("reference", { reference: ref }) : t("noReference")}</p>
      <p>{t("next", { days: tenant.firstResponseDays })}</p>
      <p className="text-slate-700">{t("spam")}</p>
      <p>
        <Link className="link" href={`/${tenant.slug}`}>
          {tenant.name}
        </Link>
      </p>
    </section>
  );
}
