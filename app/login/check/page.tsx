import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { Link } from "@/components/ui/Link";
import { pageMetadata } from "@/lib/i18n/metadata";

export const generateMetadata = pageMetadata("loginCheck");

const ZCheckQuery = z.object({ status: z.enum(["sent", "delayed"]).catch("sent") });

export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("login.check");
  const { status } = ZCheckQuery.parse(await searchParams);
  return (
    <section className="card mx-auto max-w-lg" aria-labelledby="check-title">
      <h1 id="check-title" className="page-title">
        {status === "sent" ? t("sentTitle") : t("delayedTitle")}
      </h1>
      <p className="mt-3" role="status">
        {status === "sent" ? t("sent") : t("delayed")}
      </p>
      <p className="mt-2 text-slate-700">{t("spam")}</p>
      <p className="mt-4">
        <Link className="link" href="/login">
          {t("again")}
        </Link>
      </p>
    </section>
  );
}
