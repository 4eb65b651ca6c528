import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { Link } from "@/components/ui/Link";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/config";
import { getEnv } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { pageMetadata } from "@/lib/i18n/metadata";

export const generateMetadata = pageMetadata("loginConfirm");

const ZConfirmQuery = z.object({
  token: z.string().min(10).max(200),
  email: z.string().email().max(254),
  callbackUrl: z.string().max(500).optional(),
});

/**
 * Opening the emailed link does nothing but show this page: mail scanners that pre-open links do not
 * use up the token. The sign-in happens when the person presses the button.
 */
export default async function ConfirmSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("login");
  const parsed = ZConfirmQuery.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <section className="card mx-auto max-w-lg" aria-labelledby="confirm-title">
        <h1 id="confirm-title" className="page-title">
          {t("confirm.title")}
        </h1>
        <p className="mt-3" role="alert">
          {t("confirm.invalid")}
        </p>
        <p className="mt-4">
          <Link className="link" href="/login">
            {t("check.again")}
          </Link>
        </p>
      </section>
    );
  }
  const { token, email, callbackUrl } = parsed.data;
  // Auth.js reads the token and address from the callback's query string, even on a POST.
  const callback = new URLSearchParams({
    token,
    email,
    callbackUrl: safeRedirectPath(callbackUrl, getEnv().APP_URL),
  });
  return (
    <section className="card mx-auto max-w-lg" aria-labelledby="confirm-title">
      <h1 id="confirm-title" className="page-title">
        {t("confirm.title")}
      </h1>
      <p className="mt-3">{t("confirm.intro", { email })}</p>
      {/* A same-origin POST: the only request the email callback accepts (login CSRF, see route-guard). */}
      <form method="post" action={`/api/auth/callback/${EMAIL_PROVIDER_ID}?${callback}`} className="mt-6">
        <button type="submit" className="btn-primary w-full sm:w-auto">
          {t("confirm.button")}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-700">{t("confirm.why")}</p>
      <p className="mt-2 text-sm text-slate-700">{t("confirm.notYou")}</p>
    </section>
  );
}
