import { mailTranslator } from "./i18n";

export type EmailContent = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

type Block =
  | { paragraph: string }
  | { button: { label: string; url: string } }
  | { note: string }
  /** A small-print link (unsubscribe, preferences): clickable in HTML, alone on its line in text. */
  | { link: { label: string; url: string } };

/**
 * Every email of the product is built from the same blocks, so the text and HTML versions say the same
 * thing. In the text version a link stands alone on its line, never wrapped, so it stays clickable.
 */
export function renderEmail({
  subject,
  greeting,
  blocks,
  signature,
  locale = "fr",
}: {
  subject: string;
  greeting: string;
  blocks: Block[];
  signature: string;
  /** The recipient's language: the page's lang and the words around the blocks. */
  locale?: string;
}): EmailContent {
  const t = mailTranslator(locale);
  const textParts = [greeting, ""];
  const htmlParts = [`<p>${escapeHtml(greeting)}</p>`];
  for (const block of blocks) {
    if ("paragraph" in block) {
      textParts.push(block.paragraph, "");
      htmlParts.push(`<p>${escapeHtml(block.paragraph)}</p>`);
    } else if ("button" in block) {
      textParts.push(t("mail.layout.linkLabel", { label: block.button.label }), block.button.url, "");
      htmlParts.push(
        `<p><a href="${escapeHtml(block.button.url)}" style="display:inline-block;padding:12px 20px;background:#0f5f8c;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">${escapeHtml(block.button.label)}</a></p>`,
        `<p style="font-size:13px;color:#334155">${escapeHtml(t("mail.layout.buttonFallback"))}<br>${escapeHtml(block.button.url)}</p>`,
      );
    } else if ("link" in block) {
      textParts.push(t("mail.layout.linkLabel", { label: block.link.label }), block.link.url, "");
      htmlParts.push(
        `<p style="font-size:13px;color:#334155"><a href="${escapeHtml(block.link.url)}" style="color:#0f5f8c">${escapeHtml(block.link.label)}</a></p>`,
      );
    } else {
      textParts.push(block.note, "");
      htmlParts.push(`<p style="font-size:13px;color:#334155">${escapeHtml(block.note)}</p>`);
    }
  }
  textParts.push("--", signature);
  htmlParts.push(`<p style="color:#334155">— ${escapeHtml(signature)}</p>`);
  const html = `<!doctype html><html lang="${t("mail.layout.lang")}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0f172a;max-width:600px;margin:0 auto;padding:16px">${htmlParts.join("")}</body></html>`;
  return { subject, text: textParts.join("\n"), html };
}
