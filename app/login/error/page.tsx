import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { Link } from "@/components/ui/Link";
import { pageMetadata } from "@/lib/i18n/metadata";

export const generateMetadata = pageMetadata("loginError");

const ZErrorQuery = z.object({ error: z.string().max(50).optional().catch(undefined) });

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("login");
  const { error } = ZErrorQuery.parse(await searchParams);
  return (
    <section className="card mx-auto max-w-lg" aria-labelledby="error-title">
      <h1 id="error-title" className="page-title">
        {t("error.title")}
      </h1>
      <p className="mt-3" role="alert">
        {error === "Verification" ? t("error.Verification") : t("error.default")}
      </p>
      <p className="mt-4">
        <Link className="btn-primary" href="/login">
          {t("check.again")}
        </Link>
      </p>
    </section>
  );
}
