import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { signInByEmail } from "./helpers/auth";
import { withE2eDatabase } from "./helpers/db";
import { signInAs } from "./helpers/session";

const TENANT = "cpts-pays-de-morlaix";

/** A click before React hydrates the forms would submit one natively (a GET of the page): wait for it. */
const formsHydrated = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll("main form")].every((form) => Object.keys(form).some((k) => k.startsWith("__react"))),
  );

test("staff create an event; a member registers with two companions; a second member is promoted from the waitlist", async ({
  browser,
}) => {
  const title = `Sortie en mer ${Date.now()}`;
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInByEmail(staff, "accueil@pays-de-morlaix.demo.test", `/login?callbackUrl=%2F${TENANT}%2Fadmin%2Fevents`);
  const form = staff.getByRole("form", { name: "Créer un événement" });
  await form.getByLabel("Titre").fill(title);
  await form.getByLabel("Début").fill("2027-06-20T09:00");
  await form.getByLabel("Fin").fill("2027-06-20T17:00");
  await form.getByLabel("Date limite d'inscription").fill("2027-06-10T18:00");
  await form.getByLabel("Lieu").fill("Port de Roscoff");
  await form.getByLabel(/^Places/).fill("3");
  await form.getByLabel("Accompagnants autorisés par adhérent").fill("2");
  await form.getByRole("button", { name: "Créer l'événement" }).click();
  await expect(staff.getByText("Événement créé.")).toBeVisible();
  await expect(staff.getByText(title)).toBeVisible();

  const first = await (await browser.newContext()).newPage();
  await signInByEmail(
    first,
    "gwenola.tanguy@pays-de-morlaix.demo.test",
    `/login?callbackUrl=%2F${TENANT}%2Fportal%2Fevents`,
  );
  // An event's card is the list item headed by its title ("Mes inscriptions" names it too, without a heading).
  const eventCard = (page: Page) =>
    page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
  const card = eventCard(first);
  await expect(card.getByText("3 places restantes")).toBeVisible();
  await expectNoSeriousA11yViolations(first);
  // Companions come from the member's household (seeded: her partner Sam and two children).
  const companions = card.getByRole("group", { name: "Qui vient avec vous ?" });
  await companions.getByRole("checkbox", { name: /Sam/ }).check();
  await companions.getByRole("checkbox", { name: /Noé/ }).check();
  await card.getByRole("button", { name: "M'inscrire" }).click();
  await expect(card.getByText("Vous êtes inscrit·e (avec 2 accompagnants).")).toBeVisible();
  await expect(card.getByText("Accompagnants : Sam, Noé.")).toBeVisible();
  await expect(first.getByRole("region", { name: "Mes inscriptions" })).toContainText(title);
  const icsHref = await card.getByRole("link", { name: /Ajouter à mon agenda/ }).getAttribute("href");
  const ics = await first.request.get(icsHref!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain(`SUMMARY:${title}`);

  const second = await (await browser.newContext()).newPage();
  await signInByEmail(
    second,
    "erwan.morvan@pays-de-morlaix.demo.test",
    `/login?callbackUrl=%2F${TENANT}%2Fportal%2Fevents`,
  );
  const secondCard = eventCard(second);
  await expect(secondCard.getByText("Complet : inscription en liste d'attente")).toBeVisible();
  await formsHydrated(second);
  await secondCard.getByRole("button", { name: "M'inscrire" }).click();
  await expect(secondCard.getByText("Vous êtes en liste d'attente (position 1).")).toBeVisible();

  first.once("dialog", (dialog) => dialog.accept());
  await card.getByRole("button", { name: /Annuler mon inscription/ }).click();
  await expect(card.getByRole("button", { name: "M'inscrire" })).toBeVisible();
  await second.reload();
  await expect(eventCard(second).getByText("Vous êtes inscrit·e (seul·e).")).toBeVisible();

  // At the door, on a phone: the staff member checks Erwan in.
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.goto(`/${TENANT}/admin/events`);
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectNoSeriousA11yViolations(staff);
  const row = staff.getByRole("listitem").filter({ hasText: "Erwan Morvan" });
  await row.getByRole("button", { name: /Arrivé·e/ }).click();
  await expect(row.getByText(/arrivé·e à \d{2}:\d{2}/)).toBeVisible();
  await staffContext.close();
});

test("a member goes to page 2 of the events, registers there, and finds it in Mes inscriptions from page 1", async ({
  page,
}) => {
  // Twelve published events in 2030, after every other upcoming event of the tenant: the last ones are
  // on page 2 (10 per page).
  const unique = Date.now();
  const title = (n: number) => `Atelier ${unique} n°${n}`;
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO "Event" (id, "tenantId", title, kind, "startsAt", "endsAt", "registrationDeadline", place, capacity,
         status, "updatedAt")
       SELECT 'e2e-page-' || $2 || '-' || g, t.id, 'Atelier ' || $2 || ' n°' || g, 'TRAINING',
         timestamp '2030-01-01 17:00' + g * interval '1 day', timestamp '2030-01-01 19:00' + g * interval '1 day',
         timestamp '2029-12-31 17:00', 'Salle Ty Coz', 20, 'PUBLISHED', now()
       FROM "Tenant" t CROSS JOIN generate_series(1, 12) AS g WHERE t.slug = $1`,
      [TENANT, unique],
    ),
  );
  await signInAs(page, "thomas.guivarch@pays-de-morlaix.demo.test");
  await page.goto(`/${TENANT}/portal/events`);
  const pager = page.getByRole("navigation", { name: "Pagination" });
  await expect(pager.getByText("Page 1 sur 2")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: title(12) })).toHaveCount(0);
  await expect(page.getByRole("form", { name: /^M'inscrire/ })).toHaveCount(10);

  await pager.getByRole("link", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(/\/portal\/events\?page=2$/);
  await expect(pager.getByText("Page 2 sur 2")).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title(12) }) });
  await expectNoSeriousA11yViolations(page);
  await formsHydrated(page);
  await card.getByRole("button", { name: "M'inscrire" }).click();
  await expect(card.getByText("Vous êtes inscrit·e (seul·e).")).toBeVisible();
  await expect(page).toHaveURL(/\?page=2$/);

  // From page 1, "Mes inscriptions" names it and leads to it, on its page.
  await pager.getByRole("link", { name: "Page précédente" }).click();
  await expect(pager.getByText("Page 1 sur 2")).toBeVisible();
  const mine = page.getByRole("region", { name: "Mes inscriptions" });
  await expect(mine.getByRole("listitem").filter({ hasText: title(12) })).toContainText("page 2");
  await mine.getByRole("link", { name: title(12) }).click();
  await expect(page).toHaveURL(new RegExp(`\\?page=2#event-e2e-page-${unique}-12$`));
  await expect(card.getByText("Vous êtes inscrit·e (seul·e).")).toBeVisible();
  await expect(card).toBeInViewport();

  // A page number that means nothing is the first page; one past the last says so and leads back.
  await page.goto(`/${TENANT}/portal/events?page=abc`);
  await expect(pager.getByText("Page 1 sur 2")).toBeVisible();
  await page.goto(`/${TENANT}/portal/events?page=7`);
  await expect(page.getByText("Aucun événement sur cette page.")).toBeVisible();
  await page.getByRole("link", { name: "Revenir à la première page" }).click();
  await expect(pager.getByText("Page 1 sur 2")).toBeVisible();
});
