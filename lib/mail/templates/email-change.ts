import { mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

/** The emails of a contact address change (lib/requests/email-change.ts), in the request's language. */
type Common = { locale: string; tenantName: string; firstName: string; reference: string };

/** To the new address: the link that makes the change take effect. */
export function confirmNewEmailEmail(i: Common & { confirmUrl: string }): EmailContent {
  const t = mailTranslator(i.locale);
  const values = { tenant: i.tenantName, reference: i.reference };
  return renderEmail({
    locale: i.locale,
    subject: t("emailChangeMail.confirm.subject", values),
    greeting: t("mail.layout.greetingName", { name: i.firstName }),
    blocks: [
      { paragraph: t("emailChangeMail.confirm.body", values) },
      { button: { label: t("emailChangeMail.confirm.button"), url: i.confirmUrl } },
      { note: t("emailChangeMail.confirm.validity") },
    ],
    signature: i.tenantName,
  });
}

/** To the old address: a change was asked for (`requested`), or has taken effect (`done`). */
export function emailChangeNoticeEmail(i: Common & { step: "requested" | "done"; contactEmail: string }): EmailContent {
  const t = mailTranslator(i.locale);
  const values = { tenant: i.tenantName, reference: i.reference, contact: i.contactEmail };
  return renderEmail({
    locale: i.locale,
    subject: t(`emailChangeMail.${i.step}.subject`, values),
    greeting: t("mail.layout.greetingName", { name: i.firstName }),
    blocks: [
      { paragraph: t(`emailChangeMail.${i.step}.body`, values) },
      { paragraph: t(`emailChangeMail.${i.step}.notYou`, values) },
    ],
    signature: i.tenantName,
  });
}
