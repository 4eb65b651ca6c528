import { expect, test } from "./fixtures";
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

test("pages carry a nonce-based policy that blocks injected scripts", async ({ page, cspViolations }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Injected markup with an inline handler (what an XSS would add) does not run, and the violation is recorded.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img src="/absent.png" onerror="document.body.dataset.injected=\'yes\'">',
    );
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  cspViolations.length = 0; // expected here: the fixture fails any test that leaves one
});

test("Auth.js answers are never cached", async ({ request }) => {
  const response = await request.get("/api/auth/session");
  expect(response.headers()["cache-control"]).toBe("no-store");
});
