import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { signInAs } from "./helpers/session";

// Issue 11: a link prefetch of our dynamic pages brings back only the target's head yet costs the server about
// 3 ms; before components/ui/Link.tsx a staff list view sent 52 of them. A page view must send none.
async function prefetchesDuring(page: Page, path: string) {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Links are prefetched once the router is idle after hydration: scroll them all into view and wait again.
  await page.mouse.wheel(0, 10_000);
  await page.waitForTimeout(1_500);
  return prefetches;
}

test("viewing the staff list, the board, the portal and the public pages sends no link prefetch", async ({
  page,
  browser,
}) => {
  expect(await prefetchesDuring(page, "/")).toEqual([]);
  expect(await prefetchesDuring(page, "/cpts-pays-de-morlaix")).toEqual([]);

  await signInAs(page, "accueil@pays-de-morlaix.demo.test");
  const list = await prefetchesDuring(page, "/cpts-pays-de-morlaix/admin/requests");
  // The page did render its links (rows and navigation), so the absence of prefetches means something.
  await expect(page.getByRole("table").getByRole("link").first()).toBeVisible();
  expect(await page.getByRole("link").count()).toBeGreaterThan(20);
  expect(list).toEqual([]);
  expect(await prefetchesDuring(page, "/cpts-pays-de-morlaix/admin/requests?view=board")).toEqual([]);

  const member = await browser.newPage();
  await signInAs(member, "gwenola.tanguy@pays-de-morlaix.demo.test");
  expect(await prefetchesDuring(member, "/cpts-pays-de-morlaix/portal")).toEqual([]);
  await member.close();
});

test("a click on a row still opens the request", async ({ page }) => {
  await signInAs(page, "accueil@pays-de-morlaix.demo.test");
  await page.goto("/cpts-pays-de-morlaix/admin/requests");
  const first = page.getByRole("table").getByRole("link").first();
  const reference = (await first.textContent())?.trim() ?? "";
  await first.click();
  await expect(page).toHaveURL(/\/cpts-pays-de-morlaix\/admin\/requests\/[a-z0-9]{20,}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
});
