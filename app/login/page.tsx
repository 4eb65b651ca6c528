import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { LoginForm } from "@/components/auth/LoginForm";
import { LANDING_PATH } from "@/lib/auth/landing";
import { getEnv } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";

export const generateMetadata = pageMetadata("login");

const ZLoginQuery = z.object({ callbackUrl: z.string().max(500).optional().catch(undefined) });

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("login");
  const query = ZLoginQuery.parse(await searchParams);
  return (
    <ClientMessages namespaces={["login"]}>
      <section className="card mx-auto max-w-lg" aria-labelledby="login-title">
        <h1 id="login-title" className="page-title">
          {t("title")}
        </h1>
        <p className="mt-3 mb-6 text-slate-800">{t("intro")}</p>
        <LoginForm callbackUrl={safeRedirectPath(query.callbackUrl ?? LANDING_PATH, getEnv().APP_URL)} />
      </section>
    </ClientMessages>
  );
}
