import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";

import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";

import { escapeHtml } from "./layout";

export type CaughtMessage = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  date: string;
  /** Raw header values by lower-case name, e.g. "list-unsubscribe", to check what mail clients see. */
  headers: Record<string, string>;
};

/** mailparser keeps each raw line as "Name: value"; the value is what a mail client reads. */
function rawHeaders(lines: readonly { key: string; line: string }[]): Record<string, string> {
  return Object.fromEntries(lines.map(({ key, line }) => [key, line.slice(line.indexOf(":") + 1).trim()]));
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase())).filter(Boolean);
}

function inboxPage(messages: CaughtMessage[]): string {
  const rows = messages
    .slice()
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(new Date(m.date).toLocaleString("fr-FR"))}</td><td>${escapeHtml(m.to.join(", "))}</td><td><a href="/messages/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`,
    )
    .join("");
  return page(
    "Boîte de réception de test",
    `<h1>Boîte de réception de test</h1><p>Les e-mails envoyés par l'application en démonstration arrivent ici ; aucun ne quitte la machine.</p>
     ${messages.length === 0 ? "<p>Aucun message pour l'instant. Actualisez la page après avoir demandé un lien.</p>" : `<table><caption>Messages reçus, du plus récent au plus ancien</caption><thead><tr><th scope="col">Reçu le</th><th scope="col">Destinataire</th><th scope="col">Objet</th></tr></thead><tbody>${rows}</tbody></table>`}`,
  );
}

function messagePage(m: CaughtMessage): string {
  const linked = escapeHtml(m.text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');
  return page(
    m.subject,
    `<p><a href="/">← Tous les messages</a></p><h1>${escapeHtml(m.subject)}</h1>
     <p>À : ${escapeHtml(m.to.join(", "))}<br>De : ${escapeHtml(m.from)}</p>
     <h2>Version texte</h2><pre>${linked}</pre>
     <h2>Version HTML</h2><iframe title="Version HTML du message" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(m.html)}"></iframe>`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
  <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#0f172a}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #cbd5e1;padding:.5rem;text-align:left}pre{white-space:pre-wrap;background:#f1f5f9;padding:1rem}iframe{width:100%;height:30rem;border:1px solid #94a3b8}a{color:#0b476a}:focus-visible{outline:3px solid #b45309}</style></head><body>${body}</body></html>`;
}

/** A local SMTP server that keeps every message in memory, with a small web inbox and a JSON API. */
export async function startMailCatcher({
  smtpPort,
  httpPort,
  host = "127.0.0.1",
}: {
  smtpPort: number;
  httpPort: number;
  host?: string;
}) {
  const messages: CaughtMessage[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            id: randomUUID(),
            from: addresses(parsed.from).join(", "),
            to: addresses(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            date: new Date().toISOString(),
            headers: rawHeaders(parsed.headerLines),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(smtpPort, host, () => resolve());
  });

  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${host}`);
    if (url.pathname === "/api/messages" && req.method === "DELETE") {
      messages.length = 0;
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === "/api/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(list));
      return;
    }
    const match = url.pathname.match(/^\/messages\/([\w-]+)$/);
    const found = match ? messages.find((m) => m.id === match[1]) : undefined;
    if (found) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(messagePage(found));
      return;
    }
    if (url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(inboxPage(messages));
      return;
    }
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Introuvable");
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(httpPort, host, () => resolve());
  });

  return {
    smtpPort,
    httpPort,
    messages: () => messages.slice(),
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
