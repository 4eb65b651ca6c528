import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { SecondFactorForm } from "@/components/security/SecondFactorForm";
import { TotpEnrolment } from "@/components/security/TotpEnrolment";
import { requireSignedInPage } from "@/lib/auth/page-guards";
import { pendingEnrolment } from "@/lib/auth/second-factor";
import { secondFactorPath } from "@/lib/auth/second-factor-path";
import { getEnv } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { pageMetadata } from "@/lib/i18n/metadata";

export const generateMetadata = pageMetadata("secondFactor");

const ZQuery = z.object({ callbackUrl: z.string().max(2000).optional().catch(undefined) });

/** Where the guards send a session that has not passed the second factor (or a person who has none yet). */
export default async function SecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl } = ZQuery.parse(await searchParams);
  const returnTo = safeRedirectPath(callbackUrl ?? "/espace", getEnv().APP_URL);
  const user = await requireSignedInPage(secondFactorPath(returnTo));
  const t = await getTranslations("security.challenge");
  const pending = user.secondFactorEnrolled ? null : await pendingEnrolment(user);
  return (
    <ClientMessages namespaces={["security"]}>
      <section className="card mx-auto max-w-lg space-y-4" aria-labelledby="second-factor-title">
        <h1 id="second-factor-title" className="page-title">
          {t("title")}
        </h1>
        {user.secondFactorEnrolled ? (
          <>
            <p>{t("intro")}</p>
            <SecondFactorForm callbackUrl={returnTo} />
          </>
        ) : (
          <>
            <p>{t("enrolFirst")}</p>
            <TotpEnrolment pending={pending} continueHref={returnTo} />
          </>
        )}
      </section>
    </ClientMessages>
  );
}
