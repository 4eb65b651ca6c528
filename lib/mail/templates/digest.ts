import { renderEmail, type EmailContent } from "../layout";

export function dailyDigestEmail(i: {
  tenantName: string;
  lateResponses: { reference: string; applicant: string; url: string }[];
  lateNeeds: { reference: string; need: string; dueDate: string; url: string }[];
  listUrl: string;
}): EmailContent {
  const blocks = [
    { paragraph: `Voici les points en retard de ${i.tenantName} aujourd'hui.` },
    ...(i.lateResponses.length
      ? [
          { paragraph: `Demandes sans première réponse dans le délai promis (${i.lateResponses.length}) :` },
          ...i.lateResponses.map((r) => ({ paragraph: `• ${r.reference} — ${r.applicant} : ${r.url}` })),
        ]
      : []),
    ...(i.lateNeeds.length
      ? [
          { paragraph: `Besoins dont l'échéance est dépassée (${i.lateNeeds.length}) :` },
          ...i.lateNeeds.map((n) => ({ paragraph: `• ${n.reference} — ${n.need}, échéance ${n.dueDate} : ${n.url}` })),
        ]
      : []),
    { button: { label: "Ouvrir les demandes", url: i.listUrl } },
  ];
  return renderEmail({
    subject: `${i.tenantName} : demandes et besoins en retard`,
    greeting: "Bonjour,",
    blocks,
    signature: "La Conciergerie CPTS",
  });
}
