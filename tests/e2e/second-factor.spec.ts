import { totpAt } from "../../lib/auth/totp";
import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInAs } from "./helpers/session";

const ADMIN = "admin@conciergerie.demo.test";

// The platform administrator always needs the second factor: the first visit sets it up (key shown as
// QR code, as text and as an otpauth URI, confirmed by a code), a new session asks for it, sessions are listed and
// ended from the account security page.
test("the platform administration asks for the second factor, set up on the way", async ({ page, browser }) => {
  await signInAs(page, ADMIN);
  await page.goto("/platform");
  await expect(page).toHaveURL(/\/login\/second-factor\?callbackUrl=%2Fplatform/);
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
  await expect(page.getByRole("link", { name: /^otpauth:\/\/totp\// })).toBeVisible();
  const qrCode = page.getByRole("img", { name: "QR code à scanner avec votre application d'authentification" });
  await expect(qrCode).toBeVisible();
  expect(await qrCode.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Code à 6 chiffres").fill(totpAt(key));
  await page.getByRole("button", { name: "Confirmer" }).click();
  const codes = page.getByRole("list", { name: /codes de secours/ }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!;
  await page.getByRole("link", { name: "Continuer" }).click();
  await expect(page.getByRole("heading", { name: "Administration de la plateforme" })).toBeVisible();

  // Another browser: signed in by email, but the platform waits for a code (here a recovery code).
  const second = await browser.newContext();
  const other = await second.newPage();
  await signInAs(other, ADMIN);
  await other.goto("/platform");
  await expect(other).toHaveURL(/\/login\/second-factor/);
  await other.getByRole("textbox", { name: /^Code/ }).fill("000000");
  await other.getByRole("button", { name: "Valider" }).click();
  await expect(other.getByText("Ce code n'est pas valide")).toBeVisible();
  await other.getByRole("textbox", { name: /^Code/ }).fill(recovery);
  await other.getByRole("button", { name: "Valider" }).click();
  await expect(other.getByRole("heading", { name: "Administration de la plateforme" })).toBeVisible();

  // The first browser ends the other session: the second is signed out.
  await page.goto("/espace/securite");
  await expect(page.getByTestId("session-row")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Fermer toutes les autres sessions" }).click();
  await expect(page.getByText("Les autres sessions sont fermées.")).toBeVisible();
  await expect(page.getByTestId("session-row")).toHaveCount(1);
  await other.goto("/platform");
  await expect(other).toHaveURL(/\/login\?callbackUrl=/);
  await second.close();
});
