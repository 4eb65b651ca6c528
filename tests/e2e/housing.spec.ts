import sharp from "sharp";

import { hashLinkToken, newLinkToken } from "../../lib/tokens";
import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { withE2eDatabase } from "./helpers/db";
import { waitForEmail } from "./helpers/mail";
import { signInAs } from "./helpers/session";

/** A demo request with a tracking token we know (the seed keeps only hashes of random ones). */
async function trackDemoRequest(tenantSlug: string, idempotencyKey: string) {
  return withE2eDatabase(async (client) => {
    const token = newLinkToken();
    const { rows } = await client.query<{ id: string; firstName: string }>(
      `UPDATE "InstallationRequest" r SET "trackingTokenHash" = $1 FROM "Tenant" t
       WHERE t."id" = r."tenantId" AND t."slug" = $2 AND r."idempotencyKey" = $3 RETURNING r."id", r."firstName"`,
      [hashLinkToken(token), tenantSlug, idempotencyKey],
    );
    return { ...rows[0], token };
  });
}

test("staff offer a studio for the newcomer's dates, the newcomer accepts on the tracking page, the calendar shows it", async ({
  browser,
}) => {
  const TENANT = "cpts-ouest-guyane";
  const unitName = `Studio du bac ${Date.now()}`;
  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, "accueil@ouest-guyane.demo.test");

  await staff.goto(`/${TENANT}/admin/housing/new`);
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole("textbox", { name: "Nom", exact: true }).fill(unitName);
  await staff.getByLabel("Type").selectOption("STUDIO");
  await staff.getByRole("textbox", { name: "Commune", exact: true }).fill("Apatou");
  await staff.getByLabel("Adresse exacte").fill("2 chemin du Bac, 97317 Apatou");
  await staff.getByLabel("Couchages").fill("2");
  await staff.getByLabel("Prix par nuit (€)").fill("20");
  await staff.getByRole("button", { name: "Créer le logement" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(unitName);
  await expectNoSeriousA11yViolations(staff);

  // A photo: resized and served by our own route.
  const png = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#3a7" } })
    .png()
    .toBuffer();
  await staff.getByLabel("Ajouter une photo").setInputFiles({ name: "studio.png", mimeType: "image/png", buffer: png });
  await staff.getByRole("button", { name: "Envoyer" }).click();
  await expect(staff.getByText("Photo ajoutée.")).toBeVisible();
  const photo = staff.getByRole("img", { name: "Photo 1 du logement" });
  await expect(photo).toBeVisible();
  const photoResponse = await staff.request.get((await photo.getAttribute("src"))!);
  expect(photoResponse.headers()["content-type"]).toBe("image/webp");

  // Hugo Lemaire (demo request 4) needs temporary housing from 10 January to 28 February 2027, in Apatou.
  const newcomer = await trackDemoRequest(TENANT, "demo-3");
  await staff.goto(`/${TENANT}/admin/requests/${newcomer.id}`);
  const housing = staff.getByRole("region", { name: "Logement temporaire" });
  await expect(housing.getByLabel("Arrivée")).toHaveValue("2027-01-10");
  await expect(housing.getByLabel("Départ")).toHaveValue("2027-02-28");
  const offer = housing.getByRole("form", { name: `Proposer ${unitName}` });
  await expect(offer.getByLabel("Prix du séjour (€)")).toHaveValue("980");
  await offer.getByRole("button", { name: "Poser une option" }).click();
  // The option now heads the request's lodging list (and the unit leaves the free results).
  await expect(housing.getByRole("listitem").filter({ hasText: `Option ${unitName}` })).toContainText(
    "option jusqu'au",
  );
  await expectNoSeriousA11yViolations(staff);

  const page = await (await browser.newContext()).newPage();
  await page.goto(`/${TENANT}/track/${newcomer.token}`);
  const offered = page.getByRole("region", { name: "Logement proposé" });
  await expect(offered).toContainText("Studio — Apatou");
  await expect(offered).toContainText("980,00 €");
  await expect(offered).toContainText("L'adresse exacte vous sera donnée dès que vous aurez accepté.");
  await expect(offered).not.toContainText("2 chemin du Bac");
  await expect(offered.getByRole("img", { name: "Photo 1 du logement" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await offered.getByRole("button", { name: "J'accepte ce logement" }).click();
  await expect(offered).toContainText("2 chemin du Bac, 97317 Apatou");
  await expect(offered).toContainText("Studio — Apatou Confirmé");
  await expect(offered.getByRole("button", { name: "J'accepte ce logement" })).toHaveCount(0);
  await expect(page.locator("body")).toContainText("Vous avez accepté le logement");

  await staff.goto(`/${TENANT}/admin/housing`);
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole("link", { name: unitName }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(unitName);
  await staff.goto(`${new URL(staff.url()).pathname}?month=2027-01`);
  // January 2027: the nights from the 10th to the 31st are Hugo's, the first nine are free.
  const calendar = staff.getByRole("table", { name: /Nuits de/ });
  await expect(calendar.getByText(/^Confirmée · Hugo Lemaire/)).toHaveCount(22);
  await expect(calendar.getByText("Libre", { exact: true })).toHaveCount(9);
  await staff.goto(`/${TENANT}/admin/housing/occupancy?month=2027-01`);
  await expect(staff.getByRole("row", { name: new RegExp(unitName) })).toContainText("22 / 31");
  await expectNoSeriousA11yViolations(staff);
});

test("a member asks for dates in the portal, staff confirm, the member is emailed", async ({ browser }) => {
  const TENANT = "cpts-pays-de-morlaix";
  const member = await (await browser.newContext()).newPage();
  await signInAs(member, "gwenola.tanguy@pays-de-morlaix.demo.test");
  await member.goto(`/${TENANT}/portal/housing`);
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Logements");
  // Units kept for newcomers are not shown to members.
  await expect(member.getByText("Studio meublé de la Manufacture")).toHaveCount(0);
  await expectNoSeriousA11yViolations(member);
  const ask = member.getByRole("form", { name: "Demander des dates pour Gîte saisonnier de Carantec" });
  await ask.getByLabel("Arrivée").fill("2028-03-04");
  await ask.getByLabel("Départ").fill("2028-03-11");
  await ask.getByLabel("Pour qui").selectOption("LOCUMS");
  await ask.getByLabel(/Message à l'équipe/).fill("Remplacement du Dr Morvan.");
  await ask.getByRole("button", { name: "Demander ces dates" }).click();
  await expect(ask.getByText("Demande envoyée : l'équipe vous répond par e-mail.")).toBeVisible();
  const mine = member.getByRole("region", { name: "Mes demandes et réservations" });
  await member.reload();
  await expect(mine).toContainText("Demandée Gîte saisonnier de Carantec");

  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, "accueil@pays-de-morlaix.demo.test");
  await staff.goto(`/${TENANT}/admin/housing`);
  const item = staff.getByRole("listitem").filter({ hasText: "Remplacement du Dr Morvan." });
  await expect(item).toContainText("Gîte saisonnier de Carantec");
  const asked = new Date();
  await item.getByRole("button", { name: /^Confirmer/ }).click();
  // Decided: the ask leaves the list of those waiting.
  await expect(staff.getByRole("listitem").filter({ hasText: "Remplacement du Dr Morvan." })).toHaveCount(0);
  const email = await waitForEmail({
    to: "gwenola.tanguy@pays-de-morlaix.demo.test",
    subject: /votre logement est confirmé/,
    after: asked,
  });
  expect(email.text).toContain("12 rue du Kelenn, 29660 Carantec");

  await member.reload();
  await expect(mine).toContainText("Confirmée Gîte saisonnier de Carantec");
  await expect(mine).toContainText("12 rue du Kelenn");
});
