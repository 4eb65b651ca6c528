import { expect, test } from "@playwright/test";

import { extractLink, waitForEmail } from "./helpers/mail";

// Login CSRF: an attacker sends a victim their own fresh link, in Auth.js's callback form. Opening it
// must not sign the victim in; it shows the confirmation page with the attacker's address.
test("the raw email callback opened from elsewhere lands on the confirmation page, signed out", async ({ page }) => {
  const attacker = "attaquant@exemple.test";
  const after = new Date(Date.now() - 1000);
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(attacker);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  const link = new URL(
    extractLink((await waitForEmail({ to: attacker, subject: /connexion/i, after })).text, "/login/confirm"),
  );
  const callback = new URL("/api/auth/callback/email", link);
  callback.search = link.search;

  await page.goto(callback.toString());
  await expect(page).toHaveURL(/\/login\/confirm\?/);
  await expect(page.getByText(`avec l'adresse ${attacker}`)).toBeVisible();
  await page.goto("/mes-demandes");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("a destination on another site is dropped after sign-in", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example");
  await expect(page.locator('input[name="callbackUrl"]')).toHaveValue("/");
});
