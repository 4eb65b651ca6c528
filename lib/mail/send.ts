import nodemailer, { type Transporter } from "nodemailer";

import { getEnv } from "@/lib/env";

export type OutgoingMail = { to: string; subject: string; text: string; html: string };
/** Bulk mail (announcements) names its one-click unsubscribe endpoint (RFC 8058). */
export type MailOptions = { unsubscribeUrl?: string | null };

export function unsubscribeHeaders(url: string | null | undefined): Record<string, string> {
  if (!url) return {};
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

let cached: { key: string; transporter: Transporter } | undefined;

function transporter(): Transporter {
  const env = getEnv();
  const key = JSON.stringify([env.SMTP_HOST, env.SMTP_PORT, env.SMTP_SECURE, env.SMTP_USER]);
  if (cached?.key === key) return cached.transporter;
  const created = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
    // A mail server that is down must fail fast: the caller records the mail for retry.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 15_000,
  });
  cached = { key, transporter: created };
  return created;
}

/** The one mail sender of the product; callers go through the outbox (lib/mail/outbox.ts). */
export async function sendMail(mail: OutgoingMail, options: MailOptions = {}): Promise<void> {
  await transporter().sendMail({
    from: getEnv().MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: unsubscribeHeaders(options.unsubscribeUrl),
  });
}
