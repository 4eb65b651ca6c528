import { mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

export function invitationEmail(input: {
  tenantName: string;
  roleLabel: string;
  url: string;
  inviterName?: string;
  expiresAt: string;
  locale?: string;
}): EmailContent {
  const t = mailTranslator(input.locale);
  const values = { tenant: input.tenantName, role: input.roleLabel };
  return renderEmail({
    locale: input.locale,
    subject: t("mail.invitation.subject", values),
    greeting: t("mail.layout.greeting"),
    blocks: [
      {
        paragraph: input.inviterName
          ? t("mail.invitation.byName", { ...values, inviter: input.inviterName })
          : t("mail.invitation.anonymous", values),
      },
      { button: { label: t("mail.invitation.button"), url: input.url } },
      { paragraph: t("mail.invitation.validity", { date: input.expiresAt }) },
      { note: t("mail.invitation.ignore") },
    ],
    signature: input.tenantName,
  });
}
