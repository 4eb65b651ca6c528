import { renderEmail, type EmailContent } from "../layout";

export function invitationEmail(input: {
  tenantName: string;
  roleLabel: string;
  url: string;
  inviterName?: string;
  expiresAt: string;
}): EmailContent {
  const who = input.inviterName ? `${input.inviterName} vous invite` : "Vous êtes invité·e";
  return renderEmail({
    subject: `Invitation à rejoindre ${input.tenantName}`,
    greeting: "Bonjour,",
    blocks: [
      { paragraph: `${who} à rejoindre ${input.tenantName} sur la Conciergerie CPTS, en tant que ${input.roleLabel}.` },
      { button: { label: "Voir l'invitation", url: input.url } },
      {
        paragraph: `Cette invitation est valable jusqu'au ${input.expiresAt}. Votre accès est créé lors de votre première connexion avec cette adresse e-mail.`,
      },
      { note: "Vous ne connaissez pas cette CPTS ? Ignorez simplement ce message." },
    ],
    signature: input.tenantName,
  });
}
