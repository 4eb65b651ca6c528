import { E2E_INBOX_URL as INBOX } from "./ports";

export type CaughtMessage = {
  id: string;
  to: string[];
  subject: string;
  text: string;
  date: string;
  headers: Record<string, string>;
};

/** Polls the test inbox until a message to `to` (received after `after`) arrives. */
export async function waitForEmail({
  to,
  subject,
  after,
  timeoutMs = 20_000,
}: {
  to: string;
  subject?: RegExp;
  after?: Date;
  timeoutMs?: number;
}): Promise<CaughtMessage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${INBOX}/api/messages?to=${encodeURIComponent(to.toLowerCase())}`);
    const messages = (await response.json()) as CaughtMessage[];
    const found = messages
      .filter((m) => (!subject || subject.test(m.subject)) && (!after || new Date(m.date) >= after))
      .at(-1);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Aucun e-mail pour ${to} dans la boîte de test`);
}

export function extractLink(text: string, pathPart: string): string {
  const link = text.split(/\s+/).find((word) => /^https?:\/\//.test(word) && word.includes(pathPart));
  if (!link) throw new Error(`Aucun lien contenant ${pathPart} dans :\n${text}`);
  return link;
}
