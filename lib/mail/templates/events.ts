import { renderEmail, type EmailContent } from "../layout";

type Kind = "confirmed" | "waitlisted" | "promoted";

const SENTENCES: Record<Kind, (title: string, when: string, seats: number) => string> = {
  confirmed: (title, when, seats) =>
    `Votre inscription à « ${title} » (${when}) est confirmée pour ${seats} place${seats > 1 ? "s" : ""}.`,
  waitlisted: (title, when, seats) =>
    `« ${title} » (${when}) est complet : vous êtes sur la liste d'attente pour ${seats} place${seats > 1 ? "s" : ""}. Nous vous écrivons dès qu'une place se libère.`,
  promoted: (title, when, seats) =>
    `Bonne nouvelle : des places se sont libérées. Votre inscription à « ${title} » (${when}) est confirmée pour ${seats} place${seats > 1 ? "s" : ""}.`,
};

export function registrationEmail(i: {
  kind: Kind;
  tenantName: string;
  title: string;
  when: string;
  place: string;
  seats: number;
  url: string | null;
}): EmailContent {
  const subjects: Record<Kind, string> = {
    confirmed: `Inscription confirmée : ${i.title}`,
    waitlisted: `Liste d'attente : ${i.title}`,
    promoted: `Place confirmée : ${i.title}`,
  };
  return renderEmail({
    subject: subjects[i.kind],
    greeting: "Bonjour,",
    blocks: [
      { paragraph: SENTENCES[i.kind](i.title, i.when, i.seats) },
      { paragraph: `Lieu : ${i.place}.` },
      i.url
        ? { button: { label: "Voir mes inscriptions", url: i.url } }
        : {
            paragraph:
              "Pour toute question ou pour vous désinscrire, répondez simplement à cet e-mail ou appelez la CPTS.",
          },
    ],
    signature: i.tenantName,
  });
}
