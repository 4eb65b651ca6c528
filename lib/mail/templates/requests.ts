import { mailTranslator } from "../i18n";
import { renderEmail, type EmailContent } from "../layout";

/** Each email is written in its recipient's language: the newcomer's, or the staff member's. */
type Recipient = { locale?: string };

export function requestReceivedEmail(
  i: Recipient & {
    tenantName: string;
    firstName: string;
    reference: string;
    trackingUrl: string;
    firstResponseDays: number;
  },
): EmailContent {
  const t = mailTranslator(i.locale);
  const values = { tenant: i.tenantName, reference: i.reference };
  return renderEmail({
    locale: i.locale,
    subject: t("mail.requestReceived.subject", values),
    greeting: t("mail.layout.greetingName", { name: i.firstName }),
    blocks: [
      { paragraph: t("mail.requestReceived.thanks", { ...values, days: i.firstResponseDays }) },
      { paragraph: t("mail.requestReceived.follow") },
      { button: { label: t("mail.requestReceived.button"), url: i.trackingUrl } },
      { note: t("mail.requestReceived.personal") },
    ],
    signature: i.tenantName,
  });
}

export function newRequestStaffEmail(
  i: Recipient & { tenantName: string; reference: string; applicant: string; profession: string; requestUrl: string },
): EmailContent {
  const t = mailTranslator(i.locale);
  const profession = t(`requests.professions.${i.profession}` as "requests.professions.AUTRE");
  const values = { tenant: i.tenantName, reference: i.reference, applicant: i.applicant, profession };
  return renderEmail({
    locale: i.locale,
    subject: t("mail.newRequest.subject", values),
    greeting: t("mail.layout.greeting"),
    blocks: [
      { paragraph: t("mail.newRequest.body", values) },
      { button: { label: t("mail.newRequest.button"), url: i.requestUrl } },
    ],
    signature: t("mail.layout.platform"),
  });
}

export function staffMessageEmail(
  i: Recipient & { tenantName: string; firstName: string; reference: string; body: string; tenantUrl: string },
): EmailContent {
  const t = mailTranslator(i.locale);
  const values = { tenant: i.tenantName, reference: i.reference };
  return renderEmail({
    locale: i.locale,
    subject: t("mail.staffMessage.subject", values),
    greeting: t("mail.layout.greetingName", { name: i.firstName }),
    blocks: [
      { paragraph: t("mail.staffMessage.intro", values) },
      { paragraph: i.body },
      { paragraph: t("mail.staffMessage.howToReply") },
      { button: { label: t("mail.staffMessage.button", values), url: i.tenantUrl } },
    ],
    signature: i.tenantName,
  });
}

export function newcomerReplyEmail(
  i: Recipient & { reference: string; applicant: string; requestUrl: string },
): EmailContent {
  const t = mailTranslator(i.locale);
  return renderEmail({
    locale: i.locale,
    subject: t("mail.newcomerReply.subject", i),
    greeting: t("mail.layout.greeting"),
    blocks: [
      { paragraph: t("mail.newcomerReply.body", i) },
      { button: { label: t("mail.newcomerReply.button"), url: i.requestUrl } },
    ],
    signature: t("mail.layout.platform"),
  });
}

export function assignmentEmail(
  i: Recipient & { reference: string; applicant: string; requestUrl: string },
): EmailContent {
  const t = mailTranslator(i.locale);
  return renderEmail({
    locale: i.locale,
    subject: t("mail.assignment.subject", i),
    greeting: t("mail.layout.greeting"),
    blocks: [
      { paragraph: t("mail.assignment.body", i) },
      { button: { label: t("mail.assignment.button"), url: i.requestUrl } },
    ],
    signature: t("mail.layout.platform"),
  });
}

type NewRequestLine = { reference: string; applicant: string; profession: string; requestUrl: string };

/** One email for the new requests of the last few minutes (a single request keeps its own email). */
export function newRequestsStaffEmail(
  i: Recipient & { tenantName: string; requests: NewRequestLine[]; total: number; listUrl: string },
): EmailContent {
  if (i.total === 1) return newRequestStaffEmail({ ...i, ...i.requests[0] });
  const t = mailTranslator(i.locale);
  const line = (r: NewRequestLine) =>
    t("mail.newRequests.line", {
      reference: r.reference,
      applicant: r.applicant,
      profession: t(`requests.professions.${r.profession}` as "requests.professions.AUTRE"),
      url: r.requestUrl,
    });
  const more = i.total - i.requests.length;
  return renderEmail({
    locale: i.locale,
    subject: t("mail.newRequests.subject", { count: i.total, tenant: i.tenantName }),
    greeting: t("mail.layout.greeting"),
    blocks: [
      { paragraph: t("mail.newRequests.intro", { count: i.total, tenant: i.tenantName }) },
      ...i.requests.map((r) => ({ paragraph: line(r) })),
      ...(more > 0 ? [{ paragraph: t("mail.newRequests.more", { count: more }) }] : []),
      { button: { label: t("mail.newRequests.button"), url: i.listUrl } },
    ],
    signature: t("mail.layout.platform"),
  });
}
