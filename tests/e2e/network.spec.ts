import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { extractLink, waitForEmail } from "./helpers/mail";
import { signInAs } from "./helpers/session";

const TENANT = "cpts-ouest-guyane";
const STAFF = "accueil@ouest-guyane.demo.test";

/** A newcomer asks for temporary housing and school in Saint-Laurent-du-Maroni; returns the tracking link. */
async function askForHousing(page: Page, email: string): Promise<{ reference: string; trackingLink: string }> {
  await page.goto(`/${TENANT}/installation`);
  await page.getByLabel("Prénom").fill("Maëlle");
  await page.getByLabel(/^Nom/).fill("Tanguy");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Téléphone").fill("06 12 34 56 78");
  await page.getByLabel("Profession").selectOption("SAGE_FEMME");
  await page.getByLabel("Mode d'exercice envisagé").selectOption("LIBERAL");
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByLabel("Ville actuelle").fill("Rennes");
  await page.getByLabel("Date d'arrivée souhaitée").fill("2027-02-01");
  await page.getByLabel("Où souhaitez-vous exercer ?").fill("Saint-Laurent-du-Maroni");
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByLabel("Logement temporaire").check();
  await page.getByRole("textbox", { name: /^Du/ }).fill("2027-02-01");
  await page.getByRole("textbox", { name: /^Au\b/ }).fill("2027-04-30");
  await page.getByLabel("Budget mensuel (€)").fill("800");
  await page.getByLabel("Inscription scolaire").check();
  await page.getByLabel("Niveaux scolaires (ex. CP, 5e)").fill("CE2");
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByLabel(/J'accepte que/).check();
  await page.getByLabel(/m'engage à adhérer/).check();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { name: "Votre demande est envoyée" })).toBeVisible();
  const reference = (await page.getByRole("status").first().textContent())!.match(/OGY-\d{4}-\d{4}/)![0];
  const received = await waitForEmail({ to: email, subject: /bien reçue/ });
  return { reference, trackingLink: extractLink(received.text, "/track/") };
}

test("staff refer a housing need to an estate agency, the newcomer consents, the agency answers through its link", async ({
  browser,
}) => {
  const stamp = Date.now();
  const newcomerEmail = `maelle.tanguy.${stamp}@exemple.test`;
  const agencyEmail = `agence.maroni.${stamp}@exemple.test`;
  const agencyName = `Agence Immobilière du Maroni ${stamp}`;

  const newcomer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  const { reference, trackingLink } = await askForHousing(newcomer, newcomerEmail);

  // Staff add the agency to the network.
  const staff = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await signInAs(staff, STAFF);
  await staff.goto(`/${TENANT}/admin/network/new`);
  await staff.getByLabel(/^Nom/).fill(agencyName);
  await staff.getByLabel("Communes couvertes").fill("Saint-Laurent-du-Maroni, Mana");
  await staff.getByLabel("Étiquettes").fill("location meublée");
  await staff.getByLabel("E-mail").fill(agencyEmail);
  await staff.getByRole("checkbox", { name: "Logement temporaire" }).check();
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole("button", { name: "Enregistrer" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: agencyName })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // The directory finds it without accents or case.
  await staff.goto(`/${TENANT}/admin/network?q=${encodeURIComponent(`agence immobiliere du maroni ${stamp}`)}`);
  await expect(staff.getByRole("link", { name: agencyName })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // "Orienter" on the request page: a proposal, nothing sent yet.
  await staff.goto(`/${TENANT}/admin/requests`);
  await staff.getByRole("link", { name: reference }).click();
  await staff.getByRole("button", { name: `Orienter ${agencyName} — Logement temporaire` }).click();
  await expect(staff.getByText("Orientation proposée : la personne doit donner son accord")).toBeVisible();
  await staff.reload();
  await expect(staff.getByRole("button", { name: `Envoyer la mise en relation ${agencyName}` })).toHaveCount(0);
  await expectNoSeriousA11yViolations(staff);

  // The newcomer sees what would be shared, and accepts.
  await newcomer.goto(trackingLink);
  const introductions = newcomer.getByRole("region", { name: "Mises en relation proposées" });
  await expect(introductions).toContainText(agencyName);
  await expect(introductions).toContainText("votre nom : Maëlle Tanguy");
  await expectNoSeriousA11yViolations(newcomer);
  await introductions.getByRole("button", { name: `J'accepte ${agencyName}` }).click();
  await expect(newcomer.getByText("Merci : l'équipe peut vous mettre en relation.")).toBeVisible();

  // Staff send the introduction; the agency gets its private link.
  await staff.reload();
  await staff.getByRole("button", { name: `Envoyer la mise en relation ${agencyName}` }).click();
  await expect(staff.getByText("E-mail de mise en relation envoyé à l'acteur.")).toBeVisible();
  const introduction = await waitForEmail({ to: agencyEmail, subject: /mise en relation/ });
  const orientationLink = extractLink(introduction.text, "/orientation/");

  // The agency sees only that need, and answers without an account.
  const agency = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await agency.goto(orientationLink);
  await expect(agency.getByText("Maëlle Tanguy")).toBeVisible();
  await expect(agency.getByText("Logement temporaire")).toBeVisible();
  await expect(agency.getByText("Inscription scolaire")).toHaveCount(0);
  await expect(agency.getByText("06 12 34 56 78")).toHaveCount(0);
  await expectNoSeriousA11yViolations(agency);
  await agency.getByLabel("Je peux aider").check();
  await agency.getByLabel("Message à l'équipe (facultatif)").fill("Un T2 meublé est libre à partir de février.");
  await agency.getByRole("button", { name: "Envoyer ma réponse" }).click();
  await expect(agency.getByText("Merci, votre réponse a été transmise à l'équipe.")).toBeVisible();
  const badLink = orientationLink.replace(/\/orientation\/.*/, `/orientation/${"A".repeat(43)}`);
  expect((await agency.goto(badLink))?.status()).toBe(404);

  // Staff and newcomer see the outcome.
  await staff.reload();
  await expect(staff.getByText("Réponse de l'acteur : Je peux aider")).toBeVisible();
  await expect(staff.getByText("Un T2 meublé est libre à partir de février.")).toBeVisible();
  await newcomer.reload();
  await expect(newcomer.getByRole("region", { name: "Mises en relation proposées" })).toContainText(
    "Réponse : peut vous aider",
  );
});

test("the installation aids page filters by profession", async ({ browser }) => {
  const stamp = Date.now();
  const aidName = `Prime d'installation sages-femmes ${stamp}`;
  const staff = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await signInAs(staff, STAFF);
  await staff.goto(`/${TENANT}/admin/network/aids`);
  await staff.getByLabel(/^Nom de l'aide/).fill(aidName);
  await staff.getByLabel("Montant").fill("jusqu'à 10 000 €");
  await staff.getByRole("checkbox", { name: "Sage-femme" }).check();
  await staff.getByRole("button", { name: "Enregistrer l'aide" }).click();
  await expect(staff.getByText("Aide enregistrée.")).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  // The aid's edit page and the directory's import page pass the same scan.
  await staff.getByRole("link", { name: `Modifier : ${aidName}` }).click();
  await expect(staff.getByRole("heading", { level: 1, name: aidName })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await staff.goto(`/${TENANT}/admin/network/import`);
  await expectNoSeriousA11yViolations(staff);

  const visitor = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await visitor.goto(`/${TENANT}`);
  await visitor.getByRole("link", { name: "Voir les aides à l'installation" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Aides à l'installation" })).toBeVisible();
  await visitor.getByLabel("Profession").selectOption("SAGE_FEMME");
  await visitor.getByRole("button", { name: "Filtrer" }).click();
  await expect(visitor).toHaveURL(/profession=SAGE_FEMME/);
  await expect(visitor.getByRole("heading", { name: aidName })).toBeVisible();
  await expectNoSeriousA11yViolations(visitor);
  await visitor.getByLabel("Profession").selectOption("INFIRMIER");
  await visitor.getByRole("button", { name: "Filtrer" }).click();
  await expect(visitor).toHaveURL(/profession=INFIRMIER/);
  await expect(visitor.getByRole("heading", { name: aidName })).toHaveCount(0);
});
