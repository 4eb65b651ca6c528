import { renderEmail, type EmailContent } from "../layout";

export function eventNoticeEmail(i: { tenantName: string; subject: string; body: string; url: string }): EmailContent {
  return renderEmail({
    subject: i.subject,
    greeting: "Bonjour,",
    blocks: [{ paragraph: i.body }, { button: { label: "Voir mes inscriptions", url: i.url } }],
    signature: i.tenantName,
  });
}
