import { describe, expect, it } from "vitest";

import { escapeHtml } from "./layout";
import { invitationEmail } from "./templates/invitation";
import { signInEmail } from "./templates/sign-in";

describe("emails", () => {
  it("escapes HTML in every piece of text", () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe(
      "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;",
    );
    const mail = invitationEmail({
      tenantName: "CPTS <Test> & Co",
      roleLabel: "adhérent·e",
      url: "https://exemple.test/a?b=1&c=2",
      expiresAt: "1 décembre 2026",
    });
    expect(mail.html).toContain("CPTS &lt;Test&gt; &amp; Co");
    expect(mail.html).not.toContain("<Test>");
    expect(mail.html).toContain('href="https://exemple.test/a?b=1&amp;c=2"');
  });

  it("keeps the sign-in link whole on its own line of the text version", () => {
    const url = "http://localhost:3000/login/confirm?token=abc&email=marie%40exemple.fr&callbackUrl=%2F";
    const mail = signInEmail({ url, minutes: 10 });
    expect(mail.text.split("\n")).toContain(url);
    expect(mail.text).toContain("10 minutes");
    expect(mail.subject).toMatch(/connexion/);
  });

  it("tells the invitee which CPTS, which role and until when", () => {
    const mail = invitationEmail({
      tenantName: "CPTS du Pays de Morlaix",
      roleLabel: "membre de l'équipe",
      url: "https://x.test/i",
      inviterName: "Anne Le Goff",
      expiresAt: "2 décembre 2026 à 10:00",
    });
    expect(mail.subject).toBe("Invitation à rejoindre CPTS du Pays de Morlaix");
    expect(mail.text).toContain("Anne Le Goff vous invite");
    expect(mail.text).toContain("membre de l'équipe");
    expect(mail.text).toContain("2 décembre 2026 à 10:00");
  });
});

describe("emails in the recipient's language", () => {
  it("write the sign-in email in French or English, with the page language set", () => {
    const url = "http://localhost:3000/login/confirm?token=abc";
    const fr = signInEmail({ url, minutes: 10, locale: "fr" });
    const en = signInEmail({ url, minutes: 10, locale: "en" });
    expect(fr.subject).toBe("Votre lien de connexion à la Conciergerie CPTS");
    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.text).toContain("Me connecter :");
    expect(en.subject).toBe("Your sign-in link to Conciergerie CPTS");
    expect(en.html).toContain('<html lang="en">');
    expect(en.text).toContain("Sign me in:");
    expect(en.text).toContain("valid for 10 minutes");
    expect(en.html).toContain("If the button does not work");
  });

  it("fall back to French for an unknown language", () => {
    expect(signInEmail({ url: "http://x.test", minutes: 10, locale: "de" }).subject).toMatch(/connexion/);
  });
});

describe("announcement headers", () => {
  it("name the one-click unsubscribe endpoint as RFC 8058 asks, and only for bulk mail", async () => {
    const { unsubscribeHeaders } = await import("./send");
    expect(unsubscribeHeaders("https://cpts.example/x/unsubscribe/t/one-click")).toEqual({
      "List-Unsubscribe": "<https://cpts.example/x/unsubscribe/t/one-click>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(unsubscribeHeaders(null)).toEqual({});
  });
});

describe("announcements", () => {
  it("carry a clickable unsubscribe link, alone on its line in the text version", async () => {
    const { announcementEmail } = await import("./templates/announcement");
    const unsubscribeUrl = "https://cpts.example/x/unsubscribe/offers.abc.sig";
    const mail = announcementEmail({
      tenantName: "CPTS",
      subject: "Nouvel avantage",
      paragraphs: ["Un avantage."],
      url: "https://cpts.example/x/portal/offers",
      profileUrl: "https://cpts.example/x/portal/profile",
      unsubscribeUrl,
    });
    expect(mail.text.split("\n")).toContain(unsubscribeUrl);
    expect(mail.html).toContain(`<a href="${unsubscribeUrl}"`);
  });
});
