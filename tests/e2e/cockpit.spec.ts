import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { withE2eDatabase } from "./helpers/db";
import { extractLink, waitForEmail } from "./helpers/mail";
import { signInAs } from "./helpers/session";

const TENANT = "cpts-pays-de-morlaix";
const COORDINATOR = "coordination@pays-de-morlaix.demo.test";
const STAFF = "accueil@pays-de-morlaix.demo.test";

/** A newcomer of Morlaix installed three months and a day ago, unassigned (everyone's task). */
async function newcomerInstalledThreeMonthsAgo() {
  const unique = randomBytes(4).toString("hex");
  const email = `suivi.${unique}@exemple.test`;
  const reference = `PML-2026-S${unique.slice(0, 4).toUpperCase()}`;
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO "InstallationRequest" (id, "tenantId", reference, locale, "firstName", "lastName", email, phone,
         profession, "practiceMode", "currentCity", "currentCountry", "practiceArea", "consentAt", "commitmentAcceptedAt",
         stage, "stageChangedAt", "installedAt", "firstResponseAt", "trackingTokenHash", "idempotencyKey",
         "submitterIpHash", "createdAt", "updatedAt")
       SELECT $1, id, $2, 'fr', 'Maëlle', 'Suivi', $3, '+33 6 00 00 00 00', 'INFIRMIER', 'LIBERAL', 'Lyon', 'France',
         'Morlaix', now(), now(), 'INSTALLED', now() - interval '3 months 1 day', now() - interval '3 months 1 day',
         now() - interval '4 months', $4, $5, 'e2e', now() - interval '5 months', now()
       FROM "Tenant" WHERE slug = $6`,
      [`e2e-${unique}`, reference, email, randomBytes(32).toString("hex"), `e2e-${unique}`, TENANT],
    ),
  );
  return { email, reference };
}

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, "the page is wider than the screen").toBeLessThanOrEqual(widths.client);
}

test("a newcomer installed 3 months ago answers the check-in and the staff see the call back in their tasks", async ({
  page,
  browser,
}) => {
  const newcomer = await newcomerInstalledThreeMonthsAgo();
  const after = new Date(Date.now() - 1000);
  // The daily job, run now by the application's job worker.
  await withE2eDatabase((client) => client.query(`SELECT graphile_worker.add_job('schedule-check-ins')`));
  const message = await waitForEmail({ to: newcomer.email, subject: /installation/, after });
  // The job worker writes links with its own APP_URL: the path is what matters.
  const link = new URL(extractLink(message.text, "/check-in/")).pathname;

  const person = await (await browser.newContext()).newPage();
  await person.goto(link);
  await expect(person.getByRole("heading", { level: 1, name: "Comment se passe votre installation ?" })).toBeVisible();
  await expect(person.getByText(/cela fait 3 mois/)).toBeVisible();
  await expectNoSeriousA11yViolations(person);
  await person.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(person.getByText("Choisissez une note de 1 à 5.")).toBeVisible();
  await person.getByRole("radio", { name: "2 — peu" }).check();
  await person.getByRole("checkbox", { name: "Le logement" }).check();
  await person.getByRole("checkbox", { name: "J'aimerais en parler avec quelqu'un de l'équipe" }).check();
  await person.getByLabel("Un mot pour l'équipe (facultatif)").fill("Nous cherchons toujours un logement.");
  await person.getByRole("button", { name: "Envoyer mes réponses" }).click();
  // The page comes back with the answers recorded.
  await expect(person.getByText(/Merci, vos réponses ont bien été reçues le/)).toBeVisible();
  await expect(person.getByText("Quelqu'un de l'équipe vous recontactera dans les prochains jours.")).toBeVisible();
  // A made-up link is the same not found.
  const missing = await person.goto(link.replace(/\/check-in\/.{4}/, "/check-in/AAAA"));
  expect(missing?.status()).toBe(404);
  await person.close();

  await signInAs(page, COORDINATOR);
  await page.goto(`/${TENANT}/admin/tasks`);
  await expect(page.getByRole("heading", { level: 1, name: "Mes tâches" })).toBeVisible();
  const task = page.getByRole("link", {
    name: `Rappeler Maëlle Suivi (${newcomer.reference}) : questionnaire à 3 mois`,
  });
  await expect(task).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await task.click();
  const followUp = page.getByRole("region", { name: "Suivi après installation" });
  await expect(followUp.getByText("Se sent installé·e : 2/5")).toBeVisible();
  await expect(followUp.getByText("Difficultés : Le logement")).toBeVisible();
  await expect(followUp.getByText("Souhaite parler à quelqu'un")).toBeVisible();
  await followUp.getByRole("button", { name: /Marquer le rappel comme fait/ }).click();
  await expect(followUp.getByText(/Rappel fait le/)).toBeVisible();
  await page.goto(`/${TENANT}/admin/tasks`);
  await expect(page.getByRole("heading", { level: 1, name: "Mes tâches" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: new RegExp(`Rappeler Maëlle Suivi \\(${newcomer.reference}\\)`) }),
  ).toHaveCount(0);
});

test("the dashboard shows my tasks, the most urgent first, each a link to the page where to act", async ({ page }) => {
  await signInAs(page, STAFF);
  await page.goto(`/${TENANT}/admin`);
  const tasks = page.getByRole("region", { name: "Mes tâches" });
  await expect(tasks.getByText(/^\d+ tâches? dont /)).toBeVisible();
  const urgent = tasks.getByRole("list", { name: "Les plus urgentes" }).getByRole("link");
  await expect(urgent.first()).toBeVisible();
  expect(await urgent.count()).toBeLessThanOrEqual(3);
  await expectNoSeriousA11yViolations(page);
  // A task's link opens its request, where the staff act.
  const title = (await urgent.first().textContent())!;
  const reference = title.match(/\(([^()]+)\)$/)![1];
  await urgent.first().click();
  await expect(page).toHaveURL(/\/admin\/requests\/[^/?#]+/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);

  // The full list, from the dashboard: a referral the actor has not answered opens the request's referrals.
  await page.goto(`/${TENANT}/admin`);
  await page.getByRole("region", { name: "Mes tâches" }).getByRole("link", { name: "Voir mes tâches" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes tâches" })).toBeVisible();
  const chase = page.getByRole("link", { name: /^Relancer .+ pour .+ \(/ }).first();
  await expect(chase).toBeVisible();
  await chase.click();
  await expect(page).toHaveURL(/\/admin\/requests\/[^/?#]+#referrals$/);
  await expect(page.getByRole("heading", { level: 2, name: "Orientations vers le réseau" })).toBeVisible();
});

test("the staff workspace: a side navigation and a search box on a desktop, a menu on a phone", async ({ page }) => {
  await signInAs(page, COORDINATOR);
  await page.goto(`/${TENANT}/admin/requests`);
  const nav = page.getByRole("navigation", { name: "Espace équipe" });
  await expect(nav.getByRole("link", { name: "Demandes d'installation" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Indicateurs" })).toHaveAttribute("href", `/${TENANT}/admin/indicators`);
  await expect(nav.getByRole("link", { name: "Rapport d'activité" })).toHaveAttribute(
    "href",
    `/${TENANT}/admin/report`,
  );
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  // "/" puts the cursor in the search box, from anywhere on the page.
  const reference = await page.getByRole("table").getByRole("link").first().textContent();
  await page.locator("body").press("/");
  const search = page.getByRole("searchbox", { name: "Rechercher une demande, un·e adhérent·e" });
  await expect(search).toBeFocused();
  await search.fill("Le Bihan");
  await search.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Recherche" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Adhérents et équipe" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Claire Le Bihan" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Control+k");
  await expect(search).toBeFocused();
  if (reference) {
    await search.fill(reference.trim().split(" ")[0]);
    await search.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Demandes d'installation" })).toBeVisible();
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${TENANT}/admin/tasks`);
  await expect(page.getByRole("heading", { level: 1, name: "Mes tâches" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Partenaires" })).toBeHidden();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  const menu = page.getByText("Menu de l'espace équipe");
  await menu.focus();
  await page.keyboard.press("Enter");
  await nav.getByRole("link", { name: "Partenaires" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partenaires et avantages" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
