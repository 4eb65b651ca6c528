import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { extractLink, waitForEmail } from "./helpers/mail";
import { signInAs } from "./helpers/session";

const TENANT = "cpts-pays-de-morlaix";
const STAFF = "accueil@pays-de-morlaix.demo.test";
const MEMBER = "thomas.guivarch@pays-de-morlaix.demo.test";
const OFFERS_OPT_IN = "Recevoir un e-mail quand un nouvel avantage partenaire est publié";
const EVENTS_OPT_OUT = "Recevoir un e-mail quand un nouvel événement est publié";

/** The number staff read under "Publier tout de suite" before publishing. */
async function announcementReach(form: ReturnType<Page["getByRole"]>): Promise<number> {
  const hint = await form.getByText(/À la publication, un e-mail d'annonce partira vers/).textContent();
  return Number(/vers (\d+)/.exec(hint ?? "")?.[1] ?? 0);
}

test("announcements: offers are opt-in, staff see the reach, and the one-click link unsubscribes on POST only", async ({
  browser,
  page: member,
}) => {
  await signInAs(member, MEMBER);
  await member.goto(`/${TENANT}/portal/profile`);
  // Offer announcements start off; event announcements start on.
  await expect(member.getByLabel(OFFERS_OPT_IN)).not.toBeChecked();
  await expect(member.getByLabel(EVENTS_OPT_OUT)).toBeChecked();

  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, STAFF);
  await staff.goto(`/${TENANT}/admin/partners`);
  const offerForm = staff.getByRole("form", { name: "Ajouter une offre" });
  const before = await announcementReach(offerForm);

  await member.getByLabel(OFFERS_OPT_IN).check();
  await member.getByRole("button", { name: "Enregistrer mon profil" }).click();
  await expect(member.getByText("Profil enregistré.")).toBeVisible();

  await staff.reload();
  expect(await announcementReach(offerForm)).toBe(before + 1);
  const after = new Date(Date.now() - 1000);
  await offerForm.getByLabel("Titre de l'offre").fill(`Kayak en baie ${Date.now()}`);
  await offerForm.getByLabel(/Réduction/).fill("-10 %");
  await offerForm.getByLabel("Code promo ou comment en profiter").fill("Code BAIE10");
  await offerForm.getByRole("button", { name: "Ajouter l'offre" }).click();
  await expect(offerForm.getByText("Offre ajoutée.")).toBeVisible();

  const announcement = await waitForEmail({ to: MEMBER, subject: /Nouvel avantage/, after });
  const oneClick = announcement.headers["list-unsubscribe"]?.replace(/^<|>$/g, "");
  expect(oneClick).toMatch(new RegExp(`/${TENANT}/unsubscribe/offers\\.[^/]+/one-click$`));
  expect(announcement.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  // Opening the links (as a mail scanner would) only shows the confirmation.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(oneClick!);
  await expect(visitor.getByRole("heading", { level: 1, name: "Se désabonner" })).toBeVisible();
  await visitor.goto(extractLink(announcement.text, "/unsubscribe/"));
  await expect(visitor.getByRole("button", { name: "Me désabonner" })).toBeVisible();
  await expectNoSeriousA11yViolations(visitor);
  await member.reload();
  await expect(member.getByLabel(OFFERS_OPT_IN)).toBeChecked();

  // The button posts: now it is done.
  await visitor.getByRole("button", { name: "Me désabonner" }).click();
  await expect(
    visitor.getByText(/C'est fait : vous ne recevrez plus les annonces des nouveaux avantages/),
  ).toBeVisible();
  await member.reload();
  await expect(member.getByLabel(OFFERS_OPT_IN)).not.toBeChecked();
  await expect(member.getByLabel(EVENTS_OPT_OUT)).toBeChecked();

  // A mail client's one-click POST (RFC 8058) on an event announcement, with no page in between.
  await staff.goto(`/${TENANT}/admin/events`);
  const eventForm = staff.getByRole("form", { name: "Créer un événement" });
  expect(await announcementReach(eventForm)).toBeGreaterThan(0);
  const eventAfter = new Date(Date.now() - 1000);
  await eventForm.getByLabel("Titre").fill(`Balade à Carantec ${Date.now()}`);
  await eventForm.getByLabel("Début").fill("2027-05-20T09:00");
  await eventForm.getByLabel("Fin").fill("2027-05-20T12:00");
  await eventForm.getByLabel("Date limite d'inscription").fill("2027-05-15T18:00");
  await eventForm.getByLabel("Lieu").fill("Carantec");
  await eventForm.getByRole("button", { name: "Créer l'événement" }).click();
  await expect(staff.getByText("Événement créé.")).toBeVisible();
  const eventMail = await waitForEmail({ to: MEMBER, subject: /Nouvel événement/, after: eventAfter });
  const eventOneClick = eventMail.headers["list-unsubscribe"]!.replace(/^<|>$/g, "");
  const response = await member.request.post(eventOneClick, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  await member.reload();
  await expect(member.getByLabel(EVENTS_OPT_OUT)).not.toBeChecked();
});
