import { renderEmail, type EmailContent } from "../layout";

export function requestReceivedEmail(i: {
  tenantName: string;
  firstName: string;
  reference: string;
  trackingUrl: string;
  firstResponseDays: number;
}): EmailContent {
  return renderEmail({
    subject: `${i.tenantName} : votre demande ${i.reference} est bien reçue`,
    greeting: `Bonjour ${i.firstName},`,
    blocks: [
      {
        paragraph: `Merci ! Votre demande d'accompagnement à l'installation porte la référence ${i.reference}. L'équipe de ${i.tenantName} vous répond sous ${i.firstResponseDays} jours ouvrés.`,
      },
      {
        paragraph:
          "Suivez l'avancement de votre demande, échangez avec l'équipe et mettez à jour vos coordonnées sur votre page personnelle :",
      },
      { button: { label: "Suivre ma demande", url: i.trackingUrl } },
      { note: "Ce lien est personnel : ne le transférez pas. Si vous le perdez, écrivez à la CPTS." },
    ],
    signature: i.tenantName,
  });
}

export function newRequestStaffEmail(i: {
  tenantName: string;
  reference: string;
  applicant: string;
  profession: string;
  requestUrl: string;
}): EmailContent {
  return renderEmail({
    subject: `Nouvelle demande d'installation ${i.reference} — ${i.applicant}`,
    greeting: "Bonjour,",
    blocks: [
      {
        paragraph: `${i.applicant} (${i.profession}) vient de déposer une demande d'accompagnement auprès de ${i.tenantName}.`,
      },
      { button: { label: "Ouvrir la demande", url: i.requestUrl } },
    ],
    signature: "La Conciergerie CPTS",
  });
}

export function staffMessageEmail(i: {
  tenantName: string;
  firstName: string;
  reference: string;
  body: string;
  tenantUrl: string;
}): EmailContent {
  return renderEmail({
    subject: `${i.tenantName} : nouveau message sur votre demande ${i.reference}`,
    greeting: `Bonjour ${i.firstName},`,
    blocks: [
      { paragraph: `L'équipe de ${i.tenantName} vous a écrit :` },
      { paragraph: i.body },
      {
        paragraph:
          "Pour répondre, ouvrez votre page de suivi avec le lien personnel reçu dans l'e-mail de confirmation de votre demande. Vous l'avez perdu ? Écrivez à la CPTS, elle vous en enverra un nouveau.",
      },
      { button: { label: `Contacter ${i.tenantName}`, url: i.tenantUrl } },
    ],
    signature: i.tenantName,
  });
}

export function newcomerReplyEmail(i: { reference: string; applicant: string; requestUrl: string }): EmailContent {
  return renderEmail({
    subject: `Réponse de ${i.applicant} sur la demande ${i.reference}`,
    greeting: "Bonjour,",
    blocks: [
      { paragraph: `${i.applicant} a répondu sur sa demande ${i.reference}.` },
      { button: { label: "Lire la réponse", url: i.requestUrl } },
    ],
    signature: "La Conciergerie CPTS",
  });
}

export function assignmentEmail(i: { reference: string; applicant: string; requestUrl: string }): EmailContent {
  return renderEmail({
    subject: `La demande ${i.reference} vous est confiée`,
    greeting: "Bonjour,",
    blocks: [
      { paragraph: `La demande d'installation de ${i.applicant} (${i.reference}) vous a été attribuée.` },
      { button: { label: "Ouvrir la demande", url: i.requestUrl } },
    ],
    signature: "La Conciergerie CPTS",
  });
}
