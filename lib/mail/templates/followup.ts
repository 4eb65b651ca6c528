import { mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

/** The check-in sent 3, 6 and 12 months after installation, in the newcomer's language. */
export function checkInEmail(i: {
  locale: string;
  tenantName: string;
  firstName: string;
  months: number;
  url: string;
  validUntil: string;
}): EmailContent {
  const t = mailTranslator(i.locale);
  return renderEmail({
    locale: i.locale,
    subject: t("followUpMail.subject", { tenant: i.tenantName }),
    greeting: t("followUpMail.greeting", { firstName: i.firstName }),
    blocks: [
      { paragraph: t("followUpMail.body", { months: i.months, tenant: i.tenantName }) },
      { button: { label: t("followUpMail.button"), url: i.url } },
      { note: t("followUpMail.validity", { date: i.validUntil }) },
    ],
    signature: t("followUpMail.signature", { tenant: i.tenantName }),
  });
}
