import { formatCurrency, formatDateTime } from "@/lib/i18n/format";

import { mailDateLocale, mailTranslator, type MailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

type Kind = "confirmed" | "waitlisted" | "promoted";
type Price = { memberCents: number; companionCents: number };

/** What the person will pay: their own place and each companion's, then the total. */
export function priceSentence(
  t: MailTranslator,
  { price, seats, locale }: { price: Price; seats: number; locale?: string },
) {
  const money = (cents: number) => formatCurrency(cents, mailDateLocale(locale));
  const companions = seats - 1;
  const total = price.memberCents + companions * price.companionCents;
  if (total === 0) return t("mail.events.free");
  if (companions === 0) return t("mail.events.priceAlone", { own: money(price.memberCents) });
  return t("mail.events.priceWithCompanions", {
    own: money(price.memberCents),
    companions,
    each: money(price.companionCents),
    total: money(total),
  });
}

/** A registration's news, in the registrant's language (a member's choice, or the newcomer's request). */
export function registrationEmail(i: {
  kind: Kind;
  locale?: string;
  tenantName: string;
  timeZone: string;
  title: string;
  startsAt: Date;
  place: string;
  seats: number;
  price: Price;
  url: string | null;
}): EmailContent {
  const t = mailTranslator(i.locale);
  const when = formatDateTime(i.startsAt, i.timeZone, mailDateLocale(i.locale));
  return renderEmail({
    locale: i.locale,
    subject: t(`mail.events.subject.${i.kind}`, { title: i.title }),
    greeting: t("mail.layout.greeting"),
    blocks: [
      { paragraph: t(`mail.events.sentence.${i.kind}`, { title: i.title, when, seats: i.seats }) },
      { paragraph: t("mail.events.place", { place: i.place }) },
      { paragraph: priceSentence(t, { price: i.price, seats: i.seats, locale: i.locale }) },
      i.url
        ? { button: { label: t("mail.events.myRegistrations"), url: i.url } }
        : { paragraph: t("mail.events.replyToAsk") },
    ],
    signature: i.tenantName,
  });
}
