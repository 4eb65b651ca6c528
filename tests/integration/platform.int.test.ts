import { expect, it } from "vitest";

import { db } from "@/lib/db";
import { listListedTenants } from "@/lib/platform/queries";

import { createTestTenant } from "./support/factories";

it("the home page lists only the CPTS marked as listed, whatever their slug", async () => {
  const listed = await createTestTenant("listed");
  const hidden = await createTestTenant("hidden");
  await db.tenant.update({ where: { id: hidden.tenant.id }, data: { listed: false } });
  const slugs = (await listListedTenants()).map((t) => t.slug);
  expect(slugs).toContain(listed.tenant.slug);
  expect(slugs).not.toContain(hidden.tenant.slug);
});
