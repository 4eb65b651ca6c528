import { renderEmail, type EmailContent } from "../layout";

export function announcementEmail(i: {
  tenantName: string;
  subject: string;
  paragraphs: string[];
  url: string;
  profileUrl: string;
  /** The confirmation page: opening it changes nothing, its button unsubscribes. */
  unsubscribeUrl: string;
}): EmailContent {
  return renderEmail({
    subject: i.subject,
    greeting: "Bonjour,",
    blocks: [
      ...i.paragraphs.map((paragraph) => ({ paragraph })),
      { button: { label: "Voir dans l'espace adhérent", url: i.url } },
      { note: "Vous recevez ce message selon vos préférences d'e-mails." },
      { link: { label: "Ne plus recevoir ces annonces", url: i.unsubscribeUrl } },
      { link: { label: "Mes préférences d'e-mails", url: i.profileUrl } },
    ],
    signature: i.tenantName,
  });
}
