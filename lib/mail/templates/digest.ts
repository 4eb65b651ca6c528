import { waitingReferralBlocks } from "@/lib/network/digest-blocks";

import { mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

export function dailyDigestEmail(i: {
  locale?: string;
  tenantName: string;
  lateResponses: { reference: string; applicant: string; url: string }[];
  lateNeeds: { reference: string; need: string; dueDate: string; url: string }[];
  /** Call backs owed after a follow-up check-in (low score or a wish to talk), done or not yet due. */
  followUps?: { reference: string; name: string; dueDate: string; url: string }[];
  /** Referrals an actor has not answered within the tenant's delay (issue 12). */
  waitingReferrals?: { reference: string; actor: string; url: string }[];
  listUrl: string;
}): EmailContent {
  const t = mailTranslator(i.locale);
  const blocks = [
    { paragraph: t("mail.digest.intro", { tenant: i.tenantName }) },
    ...(i.lateResponses.length
      ? [
          { paragraph: t("mail.digest.lateResponses", { count: i.lateResponses.length }) },
          ...i.lateResponses.map((r) => ({ paragraph: t("mail.digest.lateResponse", r) })),
        ]
      : []),
    ...(i.lateNeeds.length
      ? [
          { paragraph: t("mail.digest.lateNeeds", { count: i.lateNeeds.length }) },
          ...i.lateNeeds.map((n) => ({ paragraph: t("mail.digest.lateNeed", { ...n, date: n.dueDate }) })),
        ]
      : []),
    ...(i.followUps?.length
      ? [
          { paragraph: t("followUpMail.digestTitle", { count: i.followUps.length }) },
          ...i.followUps.map((f) => ({
            paragraph: t("followUpMail.digestLine", {
              reference: f.reference,
              name: f.name,
              date: f.dueDate,
              url: f.url,
            }),
          })),
        ]
      : []),
    ...waitingReferralBlocks(i.locale, i.waitingReferrals ?? []),
    { button: { label: t("mail.digest.button"), url: i.listUrl } },
  ];
  return renderEmail({
    locale: i.locale,
    subject: t("mail.digest.subject", { tenant: i.tenantName }),
    greeting: t("mail.layout.greeting"),
    blocks,
    signature: t("mail.layout.platform"),
  });
}
