import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";

export default async function NotFound() {
  const t = await getTranslations("pages");
  return (
    <section className="card mx-auto max-w-xl" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="page-title">
        {t("notFoundTitle")}
      </h1>
      <p className="mt-3">{t("notFound")}</p>
      <p className="mt-4">
        <Link className="link" href="/">
          {t("backHome")}
        </Link>
      </p>
    </section>
  );
}
