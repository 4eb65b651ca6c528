import { createTranslator } from "next-intl";

import { getEnv } from "@/lib/env";
import { toLocale } from "@/lib/i18n/config";
import enNetwork from "@/lib/i18n/messages/en.network.json";
import enRequests from "@/lib/i18n/messages/en.requests.json";
import frNetwork from "@/lib/i18n/messages/fr.network.json";
import frRequests from "@/lib/i18n/messages/fr.requests.json";
import { renderEmail, type EmailContent } from "@/lib/mail/layout";

// Like lib/mail/i18n.ts: texts straight from the catalogues, in the recipient's language.
const CATALOGUES = {
  fr: { networkMail: frNetwork.networkMail, needs: frRequests.requests.needs },
  en: { networkMail: enNetwork.networkMail, needs: enRequests.requests.needs },
};

function translator(locale: string | null | undefined) {
  const language = toLocale(locale);
  return createTranslator({ locale: language, messages: CATALOGUES[language] });
}

export function orientationUrl(tenantSlug: string, token: string): string {
  return new URL(`/${tenantSlug}/orientation/${token}`, getEnv().APP_URL).toString();
}

/** To the actor (no account, no known language: French, the CPTS's own language). */
export function introductionEmail(i: {
  tenantName: string;
  recipientName: string;
  newcomer: string;
  needType: string;
  staffName: string;
  url: string;
  days: number;
}): EmailContent {
  const t = translator("fr");
  const need = t(`needs.${i.needType}` as "needs.OTHER");
  const values = { tenant: i.tenantName, newcomer: i.newcomer, need, staff: i.staffName, days: i.days };
  return renderEmail({
    locale: "fr",
    subject: t("networkMail.introduction.subject", values),
    greeting: t("networkMail.introduction.greeting", { name: i.recipientName }),
    blocks: [
      { paragraph: t("networkMail.introduction.body", values) },
      { paragraph: t("networkMail.introduction.consent", values) },
      { button: { label: t("networkMail.introduction.button"), url: i.url } },
      { note: t("networkMail.introduction.private", values) },
    ],
    signature: `${i.staffName} — ${i.tenantName}`,
  });
}

/** To the request's staff: an actor answered. */
export function actorAnsweredEmail(i: {
  locale: string;
  actor: string;
  reference: string;
  answer: string;
  message: string;
  requestUrl: string;
}): EmailContent {
  const t = translator(i.locale);
  const values = { actor: i.actor, reference: i.reference };
  return renderEmail({
    locale: i.locale,
    subject: t("networkMail.answered.subject", values),
    greeting: t("networkMail.answered.greeting"),
    blocks: [
      { paragraph: t(`networkMail.answered.${i.answer}` as "networkMail.answered.CAN_HELP", values) },
      ...(i.message ? [{ paragraph: i.message }] : []),
      { button: { label: t("networkMail.answered.button"), url: i.requestUrl } },
    ],
    signature: t("networkMail.answered.signature"),
  });
}
