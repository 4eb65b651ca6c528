import { randomUUID } from "node:crypto";

import { hashLinkToken, newLinkToken } from "../../lib/tokens";
import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { withE2eDatabase } from "./helpers/db";
import { extractLink, waitForEmail } from "./helpers/mail";

const TENANT = "cpts-ouest-guyane";

/** A newcomer's request of our own, with a tracking token we know (the app keeps only its hash). */
async function trackedRequest(email: string) {
  return withE2eDatabase(async (client) => {
    const token = newLinkToken();
    const unique = randomUUID();
    await client.query(
      `INSERT INTO "InstallationRequest" ("id", "tenantId", "reference", "firstName", "lastName", "email", "phone",
         "profession", "practiceMode", "currentCity", "currentCountry", "practiceArea", "consentAt",
         "commitmentAcceptedAt", "trackingTokenHash", "idempotencyKey", "submitterIpHash", "updatedAt")
       SELECT $1, t."id", $2, 'Maël', 'Kerbrat', $3, '06 12 34 56 78', 'INFIRMIER', 'LIBERAL', 'Brest', 'France',
         'Mana', now(), now(), $4, $1, 'e2e', now()
       FROM "Tenant" t WHERE t."slug" = $5`,
      [unique, `EML-${unique.slice(0, 8)}`, email, hashLinkToken(token), TENANT],
    );
    return { token };
  });
}

test("a newcomer changes the email of the request: it takes effect once the new address confirms, the old one is told", async ({
  page,
}) => {
  const stamp = Date.now();
  const oldEmail = `mael.ancienne.${stamp}@exemple.test`;
  const newEmail = `mael.nouvelle.${stamp}@exemple.test`;
  const { token } = await trackedRequest(oldEmail);

  await page.goto(`/${TENANT}/track/${token}`);
  const details = page.getByRole("region", { name: "Mes coordonnées" });
  await details.getByLabel("Adresse e-mail").fill(newEmail);
  await details.getByRole("button", { name: "Enregistrer" }).click();
  await expect(details.getByText(/ouvrez le lien que nous venons d'envoyer à la nouvelle adresse/)).toBeVisible();
  await expect(
    details.getByText(`Un changement d'adresse vers ${newEmail} attend sa confirmation`, { exact: false }),
  ).toBeVisible();

  // The old address is told at once; the new one gets the link.
  await waitForEmail({ to: oldEmail, subject: /Changement d'adresse e-mail demandé/ });
  const confirmation = await waitForEmail({ to: newEmail, subject: /Confirmez votre nouvelle adresse/ });
  const link = extractLink(confirmation.text, "/email-change/");

  // Opening the link changes nothing: the button does.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmer votre nouvelle adresse e-mail");
  await expect(page.getByText(newEmail)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const after = new Date();
  await page.getByRole("button", { name: "Confirmer cette adresse" }).click();
  await expect(page.getByText("Adresse confirmée")).toBeVisible();
  await waitForEmail({ to: oldEmail, subject: /a été changée/, after: new Date(after.getTime() - 1000) });

  // The tracking page shows the new address, and the link is used up.
  await page.goto(`/${TENANT}/track/${token}`);
  await expect(page.getByRole("region", { name: "Mes coordonnées" }).getByLabel("Adresse e-mail")).toHaveValue(
    newEmail,
  );
  await expect(page.getByText(`Adresse e-mail changée : ${newEmail}`)).toBeVisible();
  const again = await page.goto(link);
  expect(again?.status()).toBe(404);
});
