import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInByEmail } from "./helpers/auth";
import { signInAs } from "./helpers/session";

const TENANT = "cpts-pays-de-morlaix";

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, "the page is wider than the screen").toBeLessThanOrEqual(widths.client);
}

test("after signing in from /login, each person lands on their own space", async ({ page, browser }) => {
  await signInByEmail(page, "coordination@pays-de-morlaix.demo.test");
  await expect(page).toHaveURL(new RegExp(`/${TENANT}/admin$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tableau de bord");

  const member = await (await browser.newContext()).newPage();
  await signInByEmail(member, "erwan.morvan@pays-de-morlaix.demo.test");
  await expect(member).toHaveURL(new RegExp(`/${TENANT}/portal$`));
  await member.close();

  // Someone with no membership (a newcomer following their request) is offered where to go.
  const newcomer = await (await browser.newContext()).newPage();
  await signInByEmail(newcomer, `nouvelle.arrivante.${Date.now()}@exemple.test`);
  await expect(newcomer).toHaveURL(/\/espace$/);
  await expect(newcomer.getByRole("heading", { level: 1, name: "Mes espaces" })).toBeVisible();
  await expect(newcomer.getByRole("link", { name: "Voir mes demandes" })).toBeVisible();
  await expectNoSeriousA11yViolations(newcomer);
  await newcomer.close();
});

test("on a phone, staff pages fit the screen, the menu folds and a retried email is confirmed", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "accueil@pays-de-morlaix.demo.test");
  await page.goto(`/${TENANT}/admin/members`);
  await expect(page.getByRole("heading", { level: 1, name: "Adhérents et équipe" })).toBeVisible();
  await expectFitsAndPassesAxe(page);

  const menu = page.getByText("Menu de l'espace équipe");
  await menu.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("navigation", { name: "Espace équipe" }).getByRole("link", { name: "E-mails" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E-mails envoyés" })).toBeVisible();
  await page.getByRole("link", { name: /^Échec/ }).click();
  await expectFitsAndPassesAxe(page);

  // The table scrolls sideways inside its own region, which the keyboard can reach.
  const region = page.getByRole("region", { name: "E-mails envoyés" });
  await region.focus();
  await expect(region).toBeFocused();

  await page.getByRole("button", { name: "Réessayer" }).first().click();
  await expect(page.getByText("Nouvel envoi programmé.")).toBeVisible();

  for (const asset of ["/favicon.ico", "/icon.svg", "/manifest.webmanifest"]) {
    expect((await request.get(asset)).status(), asset).toBe(200);
  }
});

async function expectFitsAndPassesAxe(page: Page) {
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
}

test("the language switch turns page titles and texts into English, and back", async ({ page }) => {
  await page.goto("/login");
  await expect(page).toHaveTitle("Se connecter — Conciergerie CPTS");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveTitle("Sign in — Conciergerie CPTS");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page).toHaveTitle("Se connecter — Conciergerie CPTS");
});
