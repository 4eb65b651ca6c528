import { expect, type Page } from "@playwright/test";

import { extractLink, waitForEmail } from "./mail";

/** Signs in through the real flow: form, email in the test inbox, confirmation page, button. */
export async function signInByEmail(page: Page, email: string, startPath = "/login") {
  const after = new Date(Date.now() - 1000);
  await page.goto(startPath);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByRole("heading", { name: "Consultez votre messagerie" })).toBeVisible();
  const message = await waitForEmail({ to: email, subject: /connexion/i, after });
  const link = extractLink(message.text, "/login/confirm");
  await page.goto(link);
  await page.getByRole("button", { name: "Me connecter" }).click();
}
