import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInByEmail } from "./helpers/auth";
import { extractLink, waitForEmail } from "./helpers/mail";

const TENANT = "cpts-pays-de-morlaix";
const COORDINATOR = "coordination@pays-de-morlaix.demo.test";

test("the home page lists the CPTS and passes an accessibility scan", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bienvenue sur la Conciergerie CPTS");
  await expect(page.getByRole("link", { name: "Découvrir CPTS du Pays de Morlaix" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an unknown tenant gives the not-found page", async ({ page }) => {
  const response = await page.goto("/cpts-inexistante/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});

test("an anonymous visitor of the admin space is sent to sign-in and back", async ({ page }) => {
  await page.goto(`/${TENANT}/admin`);
  await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=%2F${TENANT}%2Fadmin`));
  await expect(page.getByRole("heading", { name: "Se connecter" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a mail scanner opening the link does not use it up", async ({ page, request }) => {
  const email = "accueil@ouest-guyane.demo.test";
  const after = new Date(Date.now() - 1000);
  await page.goto("/login?callbackUrl=%2Fcpts-ouest-guyane%2Fadmin");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  const link = extractLink((await waitForEmail({ to: email, subject: /connexion/i, after })).text, "/login/confirm");
  expect((await request.get(link)).status()).toBe(200); // what a scanner does
  await page.goto(link);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/cpts-ouest-guyane\/admin$/);
  // The same link, opened again, is refused.
  await page.goto(link);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page.getByText("Ce lien de connexion n'est plus valable")).toBeVisible();
});

test("a coordinator invites a member, who reaches the portal but not the admin space", async ({ page, browser }) => {
  await signInByEmail(page, COORDINATOR, `/login?callbackUrl=%2F${TENANT}%2Fadmin%2Fmembers`);
  await expect(page.getByRole("heading", { name: "Adhérents et équipe" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Bad input gets a precise French message next to the field, and the text stays.
  const inviteForm = page.getByRole("form", { name: "Inviter une personne" });
  const emailField = inviteForm.getByLabel("Adresse e-mail");
  await emailField.fill("nouvelle.infirmiere@");
  await inviteForm.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide")).toBeVisible();
  await expect(emailField).toHaveValue("nouvelle.infirmiere@");

  const invitee = `infirmiere.${Date.now()}@exemple.test`;
  const after = new Date(Date.now() - 1000);
  await emailField.fill(invitee);
  await inviteForm.getByLabel("Rôle").selectOption("MEMBER");
  await inviteForm.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText("Invitation enregistrée")).toBeVisible();
  await expect(page.getByText(invitee)).toBeVisible();

  const invitation = await waitForEmail({ to: invitee, subject: /Invitation/, after });
  const invitationLink = extractLink(invitation.text, `/${TENANT}/invitation/`);

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto(invitationLink);
  await expect(member.getByText(`Vous êtes invité·e à rejoindre CPTS du Pays de Morlaix`)).toBeVisible();
  const signInAfter = new Date(Date.now() - 1000);
  await member.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(member.getByRole("heading", { name: "Consultez votre messagerie" })).toBeVisible();
  const signInMail = await waitForEmail({ to: invitee, subject: /connexion/i, after: signInAfter });
  await member.goto(extractLink(signInMail.text, "/login/confirm"));
  await member.getByRole("button", { name: "Me connecter" }).click();

  await expect(member).toHaveURL(new RegExp(`/${TENANT}/portal$`));
  await expect(member.getByRole("heading", { name: "Espace adhérent — CPTS du Pays de Morlaix" })).toBeVisible();
  await expectNoSeriousA11yViolations(member);

  const adminResponse = await member.goto(`/${TENANT}/admin`);
  expect(adminResponse?.status()).toBe(403);
  await expect(member.getByRole("heading", { name: "Accès refusé" })).toBeVisible();

  // The invitation link is now used up.
  await member.goto(invitationLink);
  await expect(member.getByText("Cette invitation a déjà été utilisée")).toBeVisible();
  await memberContext.close();
});
