import { calendarDay, formatCalendarDay, formatDateTime } from "@/lib/i18n/format";

import { mailDateLocale, mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

type Kind = "offered" | "confirmed" | "declined" | "expired" | "cancelled";

/** Housing emails, in the recipient's language: an option offered, a stay confirmed, declined, lapsed or cancelled. */
export function housingEmail(
  kind: Kind,
  i: {
    locale?: string;
    tenantName: string;
    firstName: string;
    unit: string;
    arrival: string;
    departure: string;
    link: string;
    address?: string;
    optionExpiresAt?: Date;
    timeZone?: string;
  },
): EmailContent {
  const t = mailTranslator(i.locale);
  const locale = mailDateLocale(i.locale);
  const values = {
    tenant: i.tenantName,
    unit: i.unit,
    arrival: formatCalendarDay(calendarDay(i.arrival), locale),
    departure: formatCalendarDay(calendarDay(i.departure), locale),
  };
  const blocks: Parameters<typeof renderEmail>[0]["blocks"] = [{ paragraph: t(`housingMail.${kind}.body`, values) }];
  if (kind === "offered" && i.optionExpiresAt)
    blocks.push({
      paragraph: t("housingMail.offered.until", {
        date: formatDateTime(i.optionExpiresAt, i.timeZone ?? "Europe/Paris", locale),
      }),
    });
  if (kind === "confirmed" && i.address) blocks.push({ paragraph: t("housingMail.confirmed.address", i) });
  blocks.push({ button: { label: t(`housingMail.${kind}.button`), url: i.link } });
  return renderEmail({
    locale: i.locale,
    subject: t(`housingMail.${kind}.subject`, values),
    greeting: i.firstName ? t("mail.layout.greetingName", { name: i.firstName }) : t("mail.layout.greeting"),
    blocks,
    signature: i.tenantName,
  });
}

/** To each staff member, in their language: a member asks for a lodging; the answer is given in the app. */
export function housingAskStaffEmail(i: {
  locale?: string;
  tenantName: string;
  member: string;
  unit: string;
  arrival: string;
  departure: string;
  message: string;
  link: string;
}): EmailContent {
  const t = mailTranslator(i.locale);
  const locale = mailDateLocale(i.locale);
  const values = {
    tenant: i.tenantName,
    member: i.member,
    unit: i.unit,
    arrival: formatCalendarDay(calendarDay(i.arrival), locale),
    departure: formatCalendarDay(calendarDay(i.departure), locale),
  };
  const blocks: Parameters<typeof renderEmail>[0]["blocks"] = [{ paragraph: t("housingMail.asked.body", values) }];
  if (i.message) blocks.push({ paragraph: t("housingMail.asked.message", { message: i.message }) });
  blocks.push({ button: { label: t("housingMail.asked.button"), url: i.link } });
  return renderEmail({
    locale: i.locale,
    subject: t("housingMail.asked.subject", values),
    greeting: t("mail.layout.greeting"),
    blocks,
    signature: i.tenantName,
  });
}
