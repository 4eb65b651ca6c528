import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInByEmail } from "./helpers/auth";

const TENANT = "cpts-ouest-guyane";

test("staff add a partner and an offer; a member finds it, reveals the code and uses it; the report counts it", async ({
  browser,
}) => {
  const partnerName = `Location Maroni ${Date.now()}`;
  const staff = await (await browser.newContext()).newPage();
  await signInByEmail(staff, "accueil@ouest-guyane.demo.test", `/login?callbackUrl=%2F${TENANT}%2Fadmin%2Fpartners`);
  const partnerForm = staff.getByRole("form", { name: "Ajouter un partenaire" });
  await partnerForm.getByLabel("Nom").fill(partnerName);
  await partnerForm.getByLabel("Catégorie").selectOption("VEHICLES");
  await partnerForm.getByRole("button", { name: "Ajouter le partenaire" }).click();
  await expect(staff.getByRole("heading", { name: new RegExp(partnerName) })).toBeVisible();

  const offerForm = staff.getByRole("form", { name: "Ajouter une offre" });
  await offerForm.getByLabel("Partenaire").selectOption({ label: partnerName });
  await offerForm.getByLabel("Titre de l'offre").fill("Pirogue à la journée");
  await offerForm.getByLabel(/Réduction/).fill("-20 %");
  await offerForm.getByLabel("Code promo ou comment en profiter").fill("Code SOIGNANT20");
  await offerForm.getByRole("button", { name: "Ajouter l'offre" }).click();
  await expect(offerForm.getByText("Offre ajoutée.")).toBeVisible();

  const member = await (await browser.newContext()).newPage();
  await signInByEmail(
    member,
    "lucie.horth@ouest-guyane.demo.test",
    `/login?callbackUrl=%2F${TENANT}%2Fportal%2Foffers`,
  );
  await member.getByLabel("Rechercher une offre ou un partenaire").fill("Maroni");
  await member.getByRole("button", { name: "Rechercher" }).click();
  const card = member.getByRole("listitem").filter({ hasText: "Pirogue à la journée" });
  await expect(card.getByText("Nouveau")).toBeVisible();
  await expect(card.getByText("Code SOIGNANT20")).toHaveCount(0);
  await expectNoSeriousA11yViolations(member);
  await card.getByRole("button", { name: /Voir comment en profiter/ }).click();
  await expect(card.getByText("Code SOIGNANT20")).toBeVisible();
  await card.getByRole("button", { name: /J'utilise cette offre/ }).click();
  await expect(card.getByText("Merci, c'est noté")).toBeVisible();

  await staff.reload();
  await expect(staff.getByText(/Pirogue à la journée .*1 vue, 1 utilisation/)).toBeVisible();
});
