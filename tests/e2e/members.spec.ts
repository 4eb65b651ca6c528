import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInByEmail } from "./helpers/auth";

const TENANT = "cpts-pays-de-morlaix";
const STAFF = "accueil@pays-de-morlaix.demo.test";

test("a member completes their profile and household, then finds a colleague in the directory", async ({ page }) => {
  await signInByEmail(
    page,
    "claire.le-bihan@pays-de-morlaix.demo.test",
    `/login?callbackUrl=%2F${TENANT}%2Fportal%2Fprofile`,
  );
  await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A wrong phone number gets a precise message next to the field, and what was typed stays.
  await page.getByLabel("Téléphone").fill("abc");
  await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
  await expect(page.getByText("Saisissez un numéro de téléphone valide")).toBeVisible();
  await expect(page.getByLabel("Téléphone")).toHaveValue("abc");
  await page.getByLabel("Téléphone").fill("06 98 76 54 32");
  await page.getByLabel("Lieu d'exercice").fill("Saint-Pol-de-Léon");
  await page.getByLabel("Apparaître dans l'annuaire des adhérents").check();
  await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
  await expect(page.getByText("Profil enregistré.")).toBeVisible();

  const household = page.getByRole("form", { name: "Ajouter à mon foyer" });
  await household.getByLabel("Lien").selectOption("CHILD");
  await household.getByLabel(/^Prénom/).fill("Maëlys");
  await household.getByLabel("Année de naissance").fill("2019");
  await household.getByRole("button", { name: "Ajouter à mon foyer" }).click();
  await expect(page.getByText("Maëlys — Enfant (né·e en 2019)")).toBeVisible();

  // The new child can come along to an event.
  await page.getByRole("navigation", { name: "Espace adhérent" }).getByRole("link", { name: "Événements" }).click();
  await expect(page.getByRole("checkbox", { name: /Maëlys/ }).first()).toBeVisible();

  await page.getByRole("navigation", { name: "Espace adhérent" }).getByRole("link", { name: "Annuaire" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Annuaire des adhérents" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Lieu d'exercice").fill("saint-pol");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Claire Le Bihan" })).toBeVisible();
  await page.getByLabel("Lieu d'exercice").fill("");
  await page.getByLabel("Profession").selectOption("MEDECIN_GENERALISTE");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Claire Le Bihan" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Espace adhérent" }).getByRole("link", { name: "Accueil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Espace adhérent");
  await expectNoSeriousA11yViolations(page);
});

test("staff filter members, record dues, import a CSV with a line report, and invite a newcomer to the soirée", async ({
  page,
}) => {
  await signInByEmail(page, STAFF, `/login?callbackUrl=%2F${TENANT}%2Fadmin%2Fmembers`);
  await page.getByLabel("Profession").selectOption("SAGE_FEMME");
  await page.getByRole("button", { name: "Rechercher" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "Erwan Morvan" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Claire Le Bihan" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await table.getByRole("link", { name: "Erwan Morvan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Erwan Morvan" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const nextYear = String(new Date().getFullYear() + 1);
  const dues = page.getByRole("region", { name: "Cotisations" });
  await dues.getByRole("button", { name: `Marquer payée ${nextYear}` }).click();
  await expect(dues.getByText(`${nextYear} : payée`)).toBeVisible();

  await page.goto(`/${TENANT}/admin/members/import`);
  const unique = Date.now();
  const csv = [
    "email;prénom;nom;profession;lieu d'exercice;cotisations;annuaire",
    `nolwenn.${unique}@exemple.test;Nolwenn;Cadiou;Orthophoniste;Morlaix;${nextYear};oui`,
    "adresse-invalide;Loïc;Tanguy;Menuisier;Roscoff;;",
  ].join("\n");
  await page
    .getByLabel(/Fichier CSV/)
    .setInputFiles({ name: "adherents.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  // Strict mode: the check and the import each say which one ran.
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByText(/^Vérification terminée .* l'import serait refusé/)).toBeVisible();
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByText("Import refusé : rien n'a été importé")).toBeVisible();
  await expect(page.getByText(/^Vérification terminée/)).toHaveCount(0);
  const report = page.getByRole("region", { name: "Rapport ligne par ligne" });
  await expect(report.getByRole("row", { name: /3 adresse-invalide/ })).toContainText("adresse e-mail invalide");
  await expect(report.getByRole("row", { name: /3 adresse-invalide/ })).toContainText("profession inconnue");
  await page.getByLabel("Importer seulement les lignes valides").check();
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("Import terminé.")).toBeVisible();
  await expect(report).toContainText("1 importée(s)");

  // A newcomer whose request is open is invited to the (full) soirée: they wait for a seat, on the timeline.
  await page.goto(`/${TENANT}/admin/requests?stage=INSTALLED`);
  await page
    .getByRole("row", { name: /Manon Petit/ })
    .getByRole("link")
    .first()
    .click();
  const invite = page.getByRole("form", { name: "Inviter à l'événement" });
  const eventSelect = invite.getByLabel(/Inviter à l'événement/);
  const soiree = await eventSelect
    .locator("option", { hasText: "Soirée des soignants de l'automne" })
    .getAttribute("value");
  await eventSelect.selectOption(soiree!);
  await invite.getByRole("button", { name: "Inscrire" }).click();
  await expect(
    page.getByText("L'événement est complet : le nouvel arrivant est sur la liste d'attente."),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Historique" })).toContainText(
    "Liste d'attente pour « Soirée des soignants de l'automne »",
  );
});
