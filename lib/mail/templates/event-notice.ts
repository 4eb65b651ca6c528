import { mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

/**
 * A message to everyone registered, in each one's language around the staff's own words. Members get
 * their portal; newcomers cannot open it, so they get "Mes demandes" (signed in with this address,
 * their request and its tracking page are there).
 */
export function eventNoticeEmail(i: {
  locale?: string;
  tenantName: string;
  subject: string;
  body: string;
  link: { newcomer: false; portalUrl: string } | { newcomer: true; requestsUrl: string };
}): EmailContent {
  const t = mailTranslator(i.locale);
  return renderEmail({
    locale: i.locale,
    subject: i.subject,
    greeting: t("mail.layout.greeting"),
    blocks: [
      { paragraph: i.body },
      ...(i.link.newcomer
        ? [
            { button: { label: t("mail.events.followMyRequest"), url: i.link.requestsUrl } },
            { note: t("mail.events.newcomerNote") },
          ]
        : [{ button: { label: t("mail.events.myRegistrations"), url: i.link.portalUrl } }]),
    ],
    signature: i.tenantName,
  });
}
