import { mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

export function announcementEmail(i: {
  locale?: string;
  tenantName: string;
  subject: string;
  paragraphs: string[];
  url: string;
  profileUrl: string;
  /** The confirmation page: opening it changes nothing, its button unsubscribes. */
  unsubscribeUrl: string;
}): EmailContent {
  const t = mailTranslator(i.locale);
  return renderEmail({
    locale: i.locale,
    subject: i.subject,
    greeting: t("mail.layout.greeting"),
    blocks: [
      ...i.paragraphs.map((paragraph) => ({ paragraph })),
      { button: { label: t("mail.announcement.button"), url: i.url } },
      { note: t("mail.announcement.why") },
      { link: { label: t("mail.announcement.unsubscribe"), url: i.unsubscribeUrl } },
      { link: { label: t("mail.announcement.preferences"), url: i.profileUrl } },
    ],
    signature: i.tenantName,
  });
}
