import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { extractLink, waitForEmail } from "./helpers/mail";
import { signInAs } from "./helpers/session";

const TENANT = "cpts-ouest-guyane";
const STAFF = "accueil@ouest-guyane.demo.test";
// A demo request at the "Installé·e" stage.
const NEWCOMER = { name: "Julien Moreau", email: "julien.moreau@exemple.test" };

async function createEventOpenToNewcomers(staff: Page, title: string) {
  await staff.goto(`/${TENANT}/admin/events`);
  const form = staff.getByRole("form", { name: "Créer un événement" });
  await form.getByLabel("Titre").fill(title);
  await form.getByLabel("Début").fill("2027-06-20T18:00");
  await form.getByLabel("Fin").fill("2027-06-20T22:00");
  await form.getByLabel("Date limite d'inscription").fill("2027-06-10T18:00");
  await form.getByLabel("Lieu").fill("Saint-Laurent-du-Maroni");
  await form.getByLabel(/^Places/).fill("10");
  await form.getByLabel("Public").selectOption("MEMBERS_AND_NEWCOMERS");
  await form.getByRole("button", { name: "Créer l'événement" }).click();
  await expect(staff.getByText("Événement créé.")).toBeVisible();
}

test("a newcomer invited to an event, then converted into a member, keeps one seat and sees it in Mes inscriptions", async ({
  browser,
  page,
}) => {
  // A long name with no space must wrap on the staff page at the door.
  const title = `Apéro-d'accueil-des-nouveaux-soignants-de-l'Ouest-guyanais-${Date.now()}`;
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staff, STAFF);
  await createEventOpenToNewcomers(staff, title);

  // Staff invite the newcomer from their request, then make them a member.
  await staff.goto(`/${TENANT}/admin/requests?stage=INSTALLED`);
  await staff
    .getByRole("row", { name: new RegExp(NEWCOMER.name) })
    .getByRole("link")
    .first()
    .click();
  const invite = staff.getByRole("form", { name: "Inviter à l'événement" });
  const eventSelect = invite.getByLabel(/Inviter à l'événement/);
  await eventSelect.selectOption((await eventSelect.locator("option", { hasText: title }).getAttribute("value"))!);
  await invite.getByRole("button", { name: "Inscrire" }).click();
  await expect(staff.getByText("Le nouvel arrivant est inscrit")).toBeVisible();
  const stageForm = staff.getByRole("form", { name: "Changer d'étape" });
  await stageForm.getByLabel("Nouvelle étape").selectOption({ label: "Adhérent·e" });
  await stageForm.getByRole("button", { name: "Appliquer" }).click();

  // The newcomer accepts the invitation and signs in.
  const invitation = await waitForEmail({ to: NEWCOMER.email, subject: /Invitation/ });
  await page.goto(extractLink(invitation.text, "/invitation/"));
  const signInAfter = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  const signIn = await waitForEmail({ to: NEWCOMER.email, subject: /connexion/i, after: signInAfter });
  await page.goto(extractLink(signIn.text, "/login/confirm"));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(new RegExp(`/${TENANT}/portal$`));

  // Their seat is theirs as a member: shown, and no second "M'inscrire".
  await page.goto(`/${TENANT}/portal/events`);
  await expect(page.getByRole("region", { name: "Mes inscriptions" })).toContainText(title);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
  await expect(card.getByText("Vous êtes inscrit·e (seul·e).")).toBeVisible();
  await expect(card.getByRole("button", { name: "M'inscrire" })).toHaveCount(0);

  // "Mon profil" arrives filled in from the server, before any script runs.
  const html = await (await page.request.get(`/${TENANT}/portal/profile`)).text();
  expect(html).toMatch(/value="Julien Moreau"/);
  expect(html).toMatch(/value="06 12 34 56 78"/);
  // ...and hydrates without a mismatch (the fixture fails the test on any console error).
  await page.goto(`/${TENANT}/portal/profile`);
  await expect(page.getByLabel("Téléphone")).toHaveValue("06 12 34 56 78");

  // Staff see the person once, on a phone at the door: a 44 px button, no sideways scroll.
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.goto(`/${TENANT}/admin/events`);
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
  const rows = staff.getByRole("region", { name: "Inscrits" }).getByRole("listitem");
  await expect(rows.filter({ hasText: NEWCOMER.name })).toHaveCount(1);
  const checkIn = rows.filter({ hasText: NEWCOMER.name }).getByRole("button", { name: /Arrivé·e/ });
  const box = (await checkIn.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(staff);
  await staffContext.close();
});
