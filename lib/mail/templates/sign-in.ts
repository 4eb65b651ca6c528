import { mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

export function signInEmail({ url, minutes, locale }: { url: string; minutes: number; locale?: string }): EmailContent {
  const t = mailTranslator(locale);
  return renderEmail({
    locale,
    subject: t("mail.signIn.subject"),
    greeting: t("mail.layout.greeting"),
    blocks: [
      { paragraph: t("mail.signIn.intro", { minutes }) },
      { button: { label: t("mail.signIn.button"), url } },
      { paragraph: t("mail.signIn.confirm") },
      { note: t("mail.signIn.ignore") },
    ],
    signature: t("mail.layout.platform"),
  });
}
