import { getLocale, getTranslations } from "next-intl/server";

import {
  DisableSecondFactorButton,
  EndOtherSessionsButton,
  EndSessionButton,
  RegenerateRecoveryCodesButton,
} from "@/components/security/SecurityButtons";
import { TotpEnrolment } from "@/components/security/TotpEnrolment";
import { requireSignedInPage } from "@/lib/auth/page-guards";
import { pendingEnrolment, unusedRecoveryCodeCount } from "@/lib/auth/second-factor";
import { SECURITY_PATH } from "@/lib/auth/second-factor-path";
import { listOwnSessions } from "@/lib/auth/sessions";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDateTime } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";

export const generateMetadata = pageMetadata("security");

const TIME_ZONE = "Europe/Paris";

/** The person's account security: second factor and open sessions (each can be ended). */
export default async function SecurityPage() {
  const user = await requireSignedInPage(SECURITY_PATH);
  const [sessions, pending, remaining] = await Promise.all([
    listOwnSessions(user.id),
    user.secondFactorEnrolled ? null : pendingEnrolment(user),
    user.secondFactorEnrolled ? unusedRecoveryCodeCount(user.id) : 0,
  ]);
  const t = await getTranslations("security");
  const locale = (await getLocale()) === "en" ? "en-GB" : "fr-FR";
  return (
    <ClientMessages namespaces={["security"]}>
      <div className="mx-auto max-w-3xl space-y-6">
        <h1 className="page-title">{t("title")}</h1>
        <p>{t("intro")}</p>
        <section className="card space-y-3" aria-labelledby="totp-heading">
          <h2 id="totp-heading" className="text-lg font-semibold">
            {t("totp.heading")}
          </h2>
          {user.secondFactorEnrolled ? (
            <>
              <p>{t("totp.enabled")}</p>
              <p>{t("totp.remainingCodes", { count: remaining })}</p>
              {user.secondFactorPassed ? (
                <p className="flex flex-wrap gap-3">
                  <RegenerateRecoveryCodesButton />
                  {user.isPlatformAdmin ? null : <DisableSecondFactorButton />}
                </p>
              ) : null}
            </>
          ) : (
            <>
              <p>{t("totp.disabledText")}</p>
              <TotpEnrolment pending={pending} />
            </>
          )}
        </section>
        <section className="card space-y-3" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading" className="text-lg font-semibold">
            {t("sessions.heading")}
          </h2>
          <p>{t("sessions.intro")}</p>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col">{t("sessions.browser")}</th>
                  <th scope="col">{t("sessions.openedAt")}</th>
                  <th scope="col">{t("sessions.lastSeenAt")}</th>
                  <th scope="col">{t("sessions.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => {
                  const opened = formatDateTime(session.createdAt, TIME_ZONE, locale);
                  return (
                    <tr key={session.id} className="border-t border-slate-200" data-testid="session-row">
                      <td className="max-w-xs py-2 break-words">{session.userAgent || t("sessions.unknownBrowser")}</td>
                      <td className="py-2">{opened}</td>
                      <td className="py-2">{formatDateTime(session.lastSeenAt, TIME_ZONE, locale)}</td>
                      <td className="py-2">
                        {session.id === user.sessionId ? (
                          <strong>{t("sessions.current")}</strong>
                        ) : (
                          <EndSessionButton sessionId={session.id} srLabel={t("sessions.endSr", { date: opened })} />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <EndOtherSessionsButton />
        </section>
      </div>
    </ClientMessages>
  );
}
