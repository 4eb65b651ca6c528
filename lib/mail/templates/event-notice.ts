import { renderEmail, type EmailContent } from "../layout";

/**
 * A message to everyone registered. Members get their portal; newcomers cannot open it, so they get
 * "Mes demandes" (signed in with this address, their request and its tracking page are there).
 */
export function eventNoticeEmail(i: {
  tenantName: string;
  subject: string;
  body: string;
  link: { newcomer: false; portalUrl: string } | { newcomer: true; requestsUrl: string };
}): EmailContent {
  return renderEmail({
    subject: i.subject,
    greeting: "Bonjour,",
    blocks: [
      { paragraph: i.body },
      ...(i.link.newcomer
        ? [
            { button: { label: "Suivre ma demande", url: i.link.requestsUrl } },
            {
              note: "Connectez-vous avec l'adresse qui reçoit ce message : vous y retrouvez votre demande, sa page de suivi et vos inscriptions.",
            },
          ]
        : [{ button: { label: "Voir mes inscriptions", url: i.link.portalUrl } }]),
    ],
    signature: i.tenantName,
  });
}
