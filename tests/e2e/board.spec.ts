import { randomBytes } from "node:crypto";

import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./helpers/a11y";
import { withE2eDatabase } from "./helpers/db";
import { signInAs } from "./helpers/session";

// lib/requests/queries.ts: BOARD_COLUMN_SIZE (a server module: not imported here).
const CARDS_PER_COLUMN = 6;
const PER_STAGE = 10;
const STAGES = [
  ["NEW", "Nouvelle"],
  ["QUALIFIED", "Qualifiée"],
  ["IN_PROGRESS", "En cours"],
  ["INSTALLED", "Installé·e"],
  ["MEMBER", "Adhérent·e"],
  ["CLOSED", "Close"],
] as const;

/**
 * A CPTS of its own (the demo CPTS's board stays as the other specs expect it), with a staff account and
 * ten requests in every stage: more than a column shows. Not listed on the home page.
 */
async function crowdedTenant() {
  const unique = randomBytes(4).toString("hex");
  const slug = `e2e-board-${unique}`;
  const email = `equipe.${unique}@exemple.test`;
  await withE2eDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Tenant" (id, slug, name, region, "contactEmail", listed, "updatedAt")
       VALUES ($1, $1, 'CPTS du tableau chargé', 'Bretagne', 'contact@exemple.test', false, now())`,
      [slug],
    );
    await client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Équipe tableau', now())`, [
      `u-${slug}`,
      email,
    ]);
    await client.query(
      `INSERT INTO "Membership" (id, "tenantId", "userId", role, "updatedAt") VALUES ($1, $2, $3, 'STAFF', now())`,
      [`m-${slug}`, slug, `u-${slug}`],
    );
    await client.query(
      `INSERT INTO "InstallationRequest" (id, "tenantId", reference, "firstName", "lastName", email, phone, profession,
         "practiceMode", "currentCity", "currentCountry", "practiceArea", "consentAt", "commitmentAcceptedAt", stage,
         "stageChangedAt", "firstResponseAt", "trackingTokenHash", "idempotencyKey", "submitterIpHash", "createdAt",
         "updatedAt")
       SELECT $1 || '-' || g, $1, 'TAB-2026-' || lpad(g::text, 4, '0'), 'Prénom' || g, 'Nom' || g,
         'r' || g || '@exemple.test', '0600000000', 'INFIRMIER', 'LIBERAL', 'Lyon', 'France', 'Morlaix', now(), now(),
         (enum_range(NULL::"RequestStage"))[1 + g % 6], now() - g * interval '1 hour', now(),
         md5($1 || g) || md5(g || $1), $1 || '-' || g, 'e2e', now(), now()
       FROM generate_series(1, $2::int) AS g`,
      [slug, PER_STAGE * STAGES.length],
    );
  });
  return { slug, email };
}

test("the board shows a capped number of cards per column and links each column to the list for the rest", async ({
  page,
}) => {
  const { slug, email } = await crowdedTenant();
  await signInAs(page, email);
  const response = await page.goto(`/${slug}/admin/requests?view=board`);
  // Issue 11: six full columns stay within the board's HTML budget.
  const html = await response!.body();
  expect(html.byteLength).toBeLessThanOrEqual(60 * 1024);

  for (const [stage, label] of STAGES) {
    const column = page.getByRole("region", { name: `${label} (${PER_STAGE})` });
    await expect(column.getByRole("listitem")).toHaveCount(CARDS_PER_COLUMN);
    const seeAll = column.getByRole("link", { name: `Voir tout : ${PER_STAGE - CARDS_PER_COLUMN} autres demandes` });
    await expect(seeAll).toHaveAttribute("href", `/${slug}/admin/requests?stage=${stage}`);
  }
  await expectNoSeriousA11yViolations(page);

  // "See all" opens the list filtered on the column's stage: every request of it, none of another.
  await page
    .getByRole("region", { name: `Qualifiée (${PER_STAGE})` })
    .getByRole("link", { name: /Voir tout/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/admin/requests\\?stage=QUALIFIED$`));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(PER_STAGE + 1);
});
