import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { pageMetadata } from "@/lib/i18n/metadata";
import { findUnsubscribeTarget } from "@/lib/members/unsubscribe";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("unsubscribe");

type Props = {
  params: Promise<{ tenant: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The link of an announcement email. Opening it (GET, as mail scanners do) changes nothing: the person
 * confirms with the button, a plain form POST to the one-click endpoint, which works without JavaScript.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { tenant: slug, token } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}`);
  const target = await findUnsubscribeTarget(tenant.id, token);
  if (!target) notFound();
  const t = await getTranslations("unsubscribe");
  const topic = t(`topics.${target.topic}`, { tenant: tenant.name });
  const done = (await searchParams).done === "1";
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="page-title">{t("title")}</h1>
      <section className="card space-y-4" aria-live="polite">
        {done ? (
          <p role="status">{t("done", { topic })}</p>
        ) : !target.subscribed ? (
          <p>{t("already", { topic })}</p>
        ) : (
          <form method="post" action={`/${tenant.slug}/unsubscribe/${token}/one-click`} className="space-y-4">
            <p>{t("question", { topic, email: target.email })}</p>
            <input type="hidden" name="source" value="page" />
            <button type="submit" className="btn-primary min-h-11">
              {t("confirm")}
            </button>
          </form>
        )}
        <p className="text-sm text-slate-700">{t("profileHint")}</p>
      </section>
    </div>
  );
}
