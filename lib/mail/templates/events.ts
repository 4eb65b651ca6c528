import { formatCurrency } from "@/lib/i18n/format";

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

/** What the person will pay: their own place and each companion's, then the total. */
export function priceSentence(price: { memberCents: number; companionCents: number }, seats: number): string {
  const companions = seats - 1;
  const total = price.memberCents + companions * price.companionCents;
  if (total === 0) return "Participation : gratuite.";
  const parts = [`${formatCurrency(price.memberCents)} pour vous`];
  if (companions > 0)
    parts.push(
      `${companions} × ${formatCurrency(price.companionCents)} pour ${companions > 1 ? "vos accompagnants" : "votre accompagnant·e"}`,
    );
  return companions > 0
    ? `Participation : ${parts.join(" + ")}, soit ${formatCurrency(total)} au total.`
    : `Participation : ${parts[0]}.`;
}

export function registrationEmail(i: {
  kind: Kind;
  tenantName: string;
  title: string;
  when: string;
  place: string;
  seats: number;
  price: { memberCents: number; companionCents: number };
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
      { paragraph: priceSentence(i.price, i.seats) },
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
