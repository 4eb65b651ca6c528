import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";

import { EMAIL_PROVIDER_ID } from "@/lib/auth/config";
import { safeCallbackPath } from "@/lib/auth/request-link";
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
  return (
    <section className="card mx-auto max-w-lg" aria-labelledby="confirm-title">
      <h1 id="confirm-title" className="page-title">
        {t("confirm.title")}
      </h1>
      <p className="mt-3">{t("confirm.intro", { email })}</p>
      <form method="get" action={`/api/auth/callback/${EMAIL_PROVIDER_ID}`} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={safeCallbackPath(callbackUrl)} />
        <button type="submit" className="btn-primary w-full sm:w-auto">
          {t("confirm.button")}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-700">{t("confirm.why")}</p>
    </section>
  );
}
