import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInByEmail } from "./helpers/auth";
import { extractLink, waitForEmail } from "./helpers/mail";

const TENANT = "cpts-ouest-guyane";
const STAFF = "accueil@ouest-guyane.demo.test";

async function fillIdentity(page: Page, email: string) {
  await page.getByLabel("Prénom").fill("Inès");
  await page.getByLabel(/^Nom/).fill("Bertrand");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Téléphone").fill("06 12 34 56 78");
  await page.getByLabel("Profession").selectOption("SAGE_FEMME");
  await page.getByLabel("Mode d'exercice envisagé").selectOption("LIBERAL");
}

test("a newcomer asks for help on a phone, staff work the request, and the newcomer becomes a member", async ({
  browser,
}) => {
  const newcomerEmail = `ines.bertrand.${Date.now()}@exemple.test`;
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
  const page = await phone.newPage();

  await page.goto(`/${TENANT}/installation`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Préparer mon installation");
  // Continuing with empty fields shows precise French messages next to them.
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.getByText("Ce champ est obligatoire.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await fillIdentity(page, newcomerEmail);
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.getByRole("heading", { name: /Étape 2 sur 5/ })).toBeVisible();

  // The draft survives a reload.
  await page.reload();
  await expect(page.getByRole("heading", { name: /Étape 2 sur 5/ })).toBeVisible();
  await page.getByRole("button", { name: "Retour" }).click();
  await expect(page.getByLabel("Prénom")).toHaveValue("Inès");
  await page.getByRole("button", { name: "Continuer" }).click();

  await page.getByLabel("Ville actuelle").fill("Nantes");
  await page.getByLabel("Date d'arrivée souhaitée").fill("2027-02-01");
  await page.getByLabel("Où souhaitez-vous exercer ?").fill("Mana");
  await page.getByRole("button", { name: "Continuer" }).click();

  await page.getByLabel("Je viens avec un conjoint ou une conjointe").check();
  await page.getByLabel("Sa profession").fill("Ingénieur agronome");
  await page.getByRole("button", { name: "Ajouter un enfant" }).click();
  await page.getByLabel("Âge de l'enfant 1").fill("6");
  await page.getByRole("button", { name: "Continuer" }).click();

  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.getByText("Choisissez au moins un besoin.")).toBeVisible();
  await page.getByLabel("Logement temporaire").check();
  await page.getByRole("textbox", { name: /^Du/ }).fill("2027-02-01");
  await page.getByRole("textbox", { name: /^Au\b/ }).fill("2027-04-30");
  await page.getByLabel("Budget mensuel (€)").fill("800");
  await page.getByLabel("Inscription scolaire").check();
  await page.getByLabel("Niveaux scolaires (ex. CP, 5e)").fill("CP");
  await page.getByRole("button", { name: "Continuer" }).click();

  await expect(page.getByRole("heading", { name: /Étape 5 sur 5/ })).toBeVisible();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByText("Votre accord est nécessaire")).toBeVisible();
  await page.getByLabel(/J'accepte que/).check();
  await page.getByLabel(/m'engage à adhérer/).check();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { name: "Votre demande est envoyée" })).toBeVisible();
  const reference = (await page.getByRole("status").first().textContent())!.match(/OGY-\d{4}-\d{4}/)![0];

  const received = await waitForEmail({ to: newcomerEmail, subject: /bien reçue/ });
  const trackingLink = extractLink(received.text, "/track/");
  await page.goto(trackingLink);
  await expect(page.getByRole("heading", { name: `Ma demande ${reference}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Staff work the request.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInByEmail(staff, STAFF, `/login?callbackUrl=%2F${TENANT}%2Fadmin%2Frequests`);
  await expect(staff.getByRole("heading", { name: "Demandes d'installation" })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole("link", { name: reference }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(reference);

  const stageForm = staff.getByRole("form", { name: "Changer d'étape" });
  const moveTo = async (label: string) => {
    await stageForm.getByLabel("Nouvelle étape").selectOption({ label });
    await stageForm.getByRole("button", { name: "Appliquer" }).click();
    await expect(staff.getByRole("listitem").filter({ hasText: label }).first()).toHaveAttribute(
      "aria-current",
      "step",
    );
  };
  await moveTo("Qualifiée");

  const housing = staff.getByRole("form", { name: "Logement temporaire" });
  await housing.getByLabel(/Statut de/).selectOption("DONE");
  await housing.getByRole("button", { name: "Enregistrer" }).click();
  await expect(housing.getByText("Enregistré.")).toBeVisible();
  const school = staff.getByRole("form", { name: "Inscription scolaire" });
  await school.getByLabel(/Statut de/).selectOption("IN_PROGRESS");
  await school.getByRole("button", { name: "Enregistrer" }).click();
  await expect(school.getByText("Enregistré.")).toBeVisible();

  await staff.getByLabel("Nouvelle note").fill("Note interne : voir la mairie de Mana pour l'école.");
  await staff.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(staff.getByText("Note interne : voir la mairie de Mana")).toBeVisible();
  await staff.getByLabel("Nouveau message").fill("Bonjour Inès, un logement est réservé pour février.");
  await staff.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(staff.getByText("un logement est réservé pour février").first()).toBeVisible();
  await waitForEmail({ to: newcomerEmail, subject: /nouveau message/ });

  // The newcomer reads the message (never the internal note) and answers.
  await page.reload();
  await expect(page.getByText("un logement est réservé pour février")).toBeVisible();
  await expect(page.getByText("Note interne")).toHaveCount(0);
  // The latest news (the shared timeline): what the newcomer may see, newest first, nothing staff-only.
  const news = page.getByRole("region", { name: "Dernières nouvelles" }).getByRole("listitem");
  await expect(news).toHaveCount(4);
  await expect(news.first()).toContainText("Inscription scolaire : En cours");
  await expect(news.nth(1)).toContainText("Logement temporaire : Fait");
  await expect(news.nth(2)).toContainText("Nouvelle étape : Qualifiée");
  await expect(news.last()).toContainText("Demande envoyée");
  await expect(
    page.getByRole("region", { name: "Vos besoins" }).getByRole("listitem").filter({ hasText: "Logement temporaire" }),
  ).toContainText("Fait");
  await page.getByLabel("Votre message").fill("Merci beaucoup, à bientôt !");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByText("Message envoyé.")).toBeVisible();
  await staff.reload();
  await expect(staff.getByText("Merci beaucoup, à bientôt !")).toBeVisible();

  // Installed, then member: the commitment fulfilled, the newcomer is invited to the portal.
  await moveTo("En cours");
  await moveTo("Installé·e");
  await moveTo("Adhérent·e");
  const invitation = await waitForEmail({ to: newcomerEmail, subject: /Invitation/ });
  await page.goto(extractLink(invitation.text, "/invitation/"));
  const signInAfter = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  const signIn = await waitForEmail({ to: newcomerEmail, subject: /connexion/i, after: signInAfter });
  await page.goto(extractLink(signIn.text, "/login/confirm"));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(new RegExp(`/${TENANT}/portal$`));

  await staffContext.close();
  await phone.close();
});

test("unknown, malformed and other-tenant tracking tokens give the same not-found page", async ({ page }) => {
  for (const token of ["A".repeat(43), "pas-un-jeton"]) {
    const response = await page.goto(`/${TENANT}/track/${token}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
});

test("staff move requests on the board with the keyboard menu and by drag and drop, within the stage rules", async ({
  page,
}) => {
  const tenant = "cpts-pays-de-morlaix";
  await signInByEmail(
    page,
    "accueil@pays-de-morlaix.demo.test",
    `/login?callbackUrl=%2F${tenant}%2Fadmin%2Frequests%3Fview%3Dboard`,
  );
  const column = (name: string) => page.getByRole("region", { name: new RegExp(`^${name} \\(`) });
  await expect(column("Nouvelle").getByText("Youssef Benali")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A jump over stages is refused with a message.
  const youssef = page.getByRole("listitem").filter({ hasText: "Youssef Benali" });
  // The card's menu opens on demand (the board stays light), focus on its list.
  await youssef.getByRole("button", { name: /Déplacer/ }).click();
  await expect(youssef.getByRole("combobox")).toBeFocused();
  await youssef.getByRole("combobox").selectOption({ label: "Installé·e" });
  await youssef.getByRole("button", { name: /Déplacer/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Les étapes se suivent" })).toBeVisible();

  // The keyboard alternative: the card's menu.
  await youssef.getByRole("combobox").selectOption({ label: "Qualifiée" });
  await youssef.getByRole("button", { name: /Déplacer/ }).focus();
  await page.keyboard.press("Enter");
  await expect(column("Qualifiée").getByText("Youssef Benali")).toBeVisible();

  // Drag and drop.
  await page.getByRole("listitem").filter({ hasText: "Karim Haddad" }).dragTo(column("Qualifiée"));
  await expect(column("Qualifiée").getByText("Karim Haddad")).toBeVisible();
});
