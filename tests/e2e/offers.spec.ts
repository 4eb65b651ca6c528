import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInByEmail } from "./helpers/auth";
import { withE2eDatabase } from "./helpers/db";
import { signInAs } from "./helpers/session";

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

test("a member pages through a category's offers: the pager keeps the category, a new category starts at page 1", async ({
  page,
}) => {
  // 21 family offers of a new partner, older than the demo's: with its one family offer, page 2 has two.
  const unique = Date.now();
  await withE2eDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Partner" (id, "tenantId", name, category, "updatedAt")
       SELECT $2, t.id, 'Ludothèque ' || $3, 'FAMILY', now() FROM "Tenant" t WHERE t.slug = $1`,
      [TENANT, `e2e-partner-${unique}`, unique],
    );
    await client.query(
      `INSERT INTO "Offer" (id, "tenantId", "partnerId", title, discount, "howToClaim", "validFrom", status, "createdAt",
         "updatedAt")
       SELECT 'e2e-offer-' || $2 || '-' || g, p."tenantId", p.id, 'Jeux ' || $2 || ' n°' || g, '-' || g || ' %',
         'Code JEUX' || g, date '2026-01-01', 'PUBLISHED', now() - g * interval '1 day', now()
       FROM "Partner" p CROSS JOIN generate_series(1, 21) AS g WHERE p.id = $1`,
      [`e2e-partner-${unique}`, unique],
    );
  });
  await signInAs(page, "samuel.abienso@ouest-guyane.demo.test");
  await page.goto(`/${TENANT}/portal/offers`);
  const categories = page.getByRole("navigation", { name: "Catégorie" });
  await categories.getByRole("link", { name: "Famille et enfants" }).click();
  await expect(page).toHaveURL(/\?category=FAMILY$/);
  const pager = page.getByRole("navigation", { name: "Pagination" });
  await expect(pager.getByText("Page 1 sur 2")).toBeVisible();
  await expect(page.getByText("22 offres")).toBeVisible();

  await pager.getByRole("link", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(/\?category=FAMILY&page=2$/);
  const cards = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: "Famille et enfants" })).toHaveCount(2);
  const last = cards.filter({ hasText: `Jeux ${unique} n°21` });
  await expectNoSeriousA11yViolations(page);
  await last.getByRole("button", { name: /Voir comment en profiter/ }).click();
  await expect(last.getByText("Code JEUX21")).toBeVisible();

  // Another category starts again at its first page.
  await categories.getByRole("link", { name: "Toutes" }).click();
  await expect(page).toHaveURL(new RegExp(`/${TENANT}/portal/offers$`));
  await expect(pager.getByText("Page 1 sur 2")).toBeVisible();
});
