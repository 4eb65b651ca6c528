import { createTranslator } from "next-intl";

import { toLocale, type Locale } from "@/lib/i18n/config";
import enEmailChange from "@/lib/i18n/messages/en.emailchange.json";
import enFollowUp from "@/lib/i18n/messages/en.followup.json";
import enHousing from "@/lib/i18n/messages/en.housing.json";
import enMail from "@/lib/i18n/messages/en.mail.json";
import enRequests from "@/lib/i18n/messages/en.requests.json";
import frEmailChange from "@/lib/i18n/messages/fr.emailchange.json";
import frFollowUp from "@/lib/i18n/messages/fr.followup.json";
import frHousing from "@/lib/i18n/messages/fr.housing.json";
import frMail from "@/lib/i18n/messages/fr.mail.json";
import frRequests from "@/lib/i18n/messages/fr.requests.json";

// Emails are written by the app and by the job worker, outside any page: their texts come from the
// catalogues directly, in the recipient's language (never the sender's).
const CATALOGUES = {
  fr: {
    ...frMail,
    followUpMail: frFollowUp.followUpMail,
    emailChangeMail: frEmailChange.emailChangeMail,
    housingMail: frHousing.housingMail,
    requests: { professions: frRequests.requests.professions, needs: frRequests.requests.needs },
  },
  en: {
    ...enMail,
    followUpMail: enFollowUp.followUpMail,
    emailChangeMail: enEmailChange.emailChangeMail,
    housingMail: enHousing.housingMail,
    requests: { professions: enRequests.requests.professions, needs: enRequests.requests.needs },
  },
};

export type MailTranslator = ReturnType<typeof mailTranslator>;

export function mailTranslator(locale: string | null | undefined) {
  const language: Locale = toLocale(locale);
  return createTranslator({ locale: language, messages: CATALOGUES[language] });
}

/** The BCP 47 tag used to format dates and amounts in an email. */
export function mailDateLocale(locale: string | null | undefined) {
  return toLocale(locale) === "en" ? "en-GB" : "fr-FR";
}
