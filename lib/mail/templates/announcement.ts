import { renderEmail, type EmailContent } from "../layout";

export function announcementEmail(i: {
  tenantName: string;
  subject: string;
  paragraphs: string[];
  url: string;
  profileUrl: string;
}): EmailContent {
  return renderEmail({
    subject: i.subject,
    greeting: "Bonjour,",
    blocks: [
      ...i.paragraphs.map((paragraph) => ({ paragraph })),
      { button: { label: "Voir dans l'espace adhérent", url: i.url } },
      {
        paragraph: `Vous recevez ce message car vous l'avez demandé. Pour ne plus le recevoir, modifiez vos préférences : ${i.profileUrl}`,
      },
    ],
    signature: i.tenantName,
  });
}
