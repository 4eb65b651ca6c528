import { describe, expect, it } from "vitest";

import { isValidTenantSlug, SlugSchema } from "./slug";

describe("tenant slug validation", () => {
  it.each(["cpts-ouest-guyane", "cpts-pays-de-morlaix", "abc", "cpts-29"])("accepts %s", (slug) => {
    expect(isValidTenantSlug(slug)).toBe(true);
  });

  it.each(["admin", "api", "login", "platform", "mes-demandes", "_next"])("refuses the reserved slug %s", (slug) => {
    const result = SlugSchema.safeParse(slug);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/errors\.slug\.(reserved|format)/);
  });

  it.each(["Cpts", "cpts_ouest", "-cpts", "cpts-", "cpts--x", "ab", "é-cpts", "a".repeat(49)])(
    "refuses the malformed slug %s",
    (slug) => {
      expect(isValidTenantSlug(slug)).toBe(false);
    },
  );
});
