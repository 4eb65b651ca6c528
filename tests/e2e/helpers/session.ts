import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import { withE2eDatabase } from "./db";
import { E2E_APP_URL } from "./ports";

/**
 * Signs a demo person in without the email round trip: a database session and its cookie, exactly what
 * Auth.js sets after the link. One journey (foundation.spec.ts) keeps the real email sign-in.
 */
export async function signInAs(page: Page, email: string) {
  await withE2eDatabase(async (client) => {
    const user = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    if (!user.rows[0]) throw new Error(`No demo account ${email}`);
    const sessionToken = randomBytes(32).toString("hex");
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [`e2e-${sessionToken.slice(0, 20)}`, sessionToken, user.rows[0].id],
    );
    await page
      .context()
      .addCookies([
        { name: "authjs.session-token", value: sessionToken, url: E2E_APP_URL, httpOnly: true, sameSite: "Lax" },
      ]);
  });
}
