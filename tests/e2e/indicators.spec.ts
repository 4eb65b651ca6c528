import { readFileSync } from "node:fs";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInAs } from "./helpers/session";

const TENANT = "cpts-ouest-guyane";
const COORDINATOR = "coordination@ouest-guyane.demo.test";

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, "the page is wider than the screen").toBeLessThanOrEqual(widths.client);
}

test("on a phone, the coordinator reads the dashboard and opens the list a figure counts", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, COORDINATOR);
  await page.goto(`/${TENANT}/admin`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tableau de bord");
  const installed = page.locator('[data-figure="installed"]');
  await expect(installed).toBeVisible();
  const count = Number((await installed.innerText()).replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  await expect(page.getByRole("img", { name: /Arrivées .* graphique/ })).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Installations", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/requests\?installed=\d{4}-01-01_\d{4}-12-31/);
  await expect(page.getByRole("status").filter({ hasText: String(count) })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("on a desktop, the coordinator reads every indicator, changes the period and downloads a table", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, COORDINATOR);
  await page.goto(`/${TENANT}/admin/indicators`);
  await expect(page.getByRole("heading", { level: 1, name: "Indicateurs" })).toBeVisible();
  for (const name of [
    "Parcours des demandes",
    "Besoins par type",
    "Veille démographique",
    "Fidélisation des adhérents",
  ])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  // Every chart is an image with a name, and comes with its data table.
  const charts = page.getByRole("img", { name: /graphique/ });
  expect(await charts.count()).toBeGreaterThan(2);
  expect(await page.getByRole("table").count()).toBeGreaterThanOrEqual(await charts.count());
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Période", { exact: true }).selectOption("last12");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/period=last12/);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger en CSV — Parcours des demandes" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv).toContain('"Étape";"Demandes à cette étape"');
  expect(csv).toContain('"Nouvelle"');
});

test("the coordinator writes the year's texts, downloads the report as PDF and the data as XLSX", async ({ page }) => {
  await signInAs(page, COORDINATOR);
  const year = new Date().getFullYear();
  await page.goto(`/${TENANT}/admin/report?year=${year}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Rapport d'activité ${year}`);
  await page.getByRole("textbox", { name: "Faits marquants" }).fill("Une nouvelle maison de santé à Mana.");
  await page.getByRole("button", { name: "Enregistrer les textes" }).click();
  await expect(page.getByText("Textes enregistrés.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The network referrals of the year and their outcomes: a chart, its table with a total row, its CSV.
  const referrals = page.getByRole("region", { name: "Orientations vers le réseau et leur issue" });
  await expect(referrals.getByRole("img", { name: /graphique/ })).toBeVisible();
  await expect(referrals.getByRole("table").getByRole("row").last()).toContainText("Total");
  const referralsCsv = page.waitForEvent("download");
  await referrals.getByRole("link", { name: /Télécharger en CSV/ }).click();
  expect(readFileSync((await (await referralsCsv).path())!, "utf8")).toContain(
    '"Catégorie d\'acteur";"Orientations";"En attente d\'accord ou d\'envoi"',
  );

  const pdf = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger le rapport (PDF)" }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toBe(`${TENANT}-rapport-${year}.pdf`);
  expect(
    readFileSync((await pdfFile.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  const xlsx = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger les données (XLSX)" }).click();
  const xlsxFile = await xlsx;
  expect(xlsxFile.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    readFileSync((await xlsxFile.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe("PK");

  // Printed: the saved text is part of the report.
  await page.reload();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Faits marquants" })).toContainText(
    "Une nouvelle maison de santé à Mana.",
  );
});

test("members, another CPTS's coordinator and anonymous visitors cannot read the indicators or the report", async ({
  browser,
  page,
}) => {
  await page.goto(`/${TENANT}/admin/report`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  expect((await page.request.get(`/${TENANT}/admin/indicators/funnel.csv`)).status()).toBe(401);

  const member = await (await browser.newContext()).newPage();
  await signInAs(member, "lucie.horth@ouest-guyane.demo.test");
  for (const path of ["/admin/indicators", "/admin/report"]) {
    const response = await member.goto(`/${TENANT}${path}`);
    expect(response?.status()).toBe(403);
  }
  expect((await member.request.get(`/${TENANT}/admin/report/report.pdf`)).status()).toBe(404);

  const other = await (await browser.newContext()).newPage();
  await signInAs(other, "coordination@pays-de-morlaix.demo.test");
  expect((await other.goto(`/${TENANT}/admin/indicators`))?.status()).toBe(403);
  expect((await other.request.get(`/${TENANT}/admin/indicators/all.xlsx`)).status()).toBe(404);
  await member.close();
  await other.close();
});
