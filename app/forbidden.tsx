import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";

export default async function Forbidden() {
  const t = await getTranslations("pages");
  return (
    <section className="card mx-auto max-w-xl" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title" className="page-title">
        {t("forbiddenTitle")}
      </h1>
      <p className="mt-3">{t("forbidden")}</p>
      <p className="mt-4">
        <Link className="link" href="/">
          {t("backHome")}
        </Link>
      </p>
    </section>
  );
}
