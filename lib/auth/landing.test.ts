import { describe, expect, it } from "vitest";

import { landingPath, spaceHref } from "./landing";

describe("landing after sign-in", () => {
  it("sends a person with one membership to their own space", () => {
    expect(landingPath({ isPlatformAdmin: false, spaces: [{ tenantSlug: "cpts-a", role: "COORDINATOR" }] })).toBe(
      "/cpts-a/admin",
    );
    expect(landingPath({ isPlatformAdmin: false, spaces: [{ tenantSlug: "cpts-a", role: "MEMBER" }] })).toBe(
      "/cpts-a/portal",
    );
  });

  it("lets a person with several memberships, or none, choose", () => {
    const two = [
      { tenantSlug: "cpts-a", role: "STAFF" as const },
      { tenantSlug: "cpts-b", role: "MEMBER" as const },
    ];
    expect(landingPath({ isPlatformAdmin: false, spaces: two })).toBeNull();
    expect(landingPath({ isPlatformAdmin: false, spaces: [] })).toBeNull();
    expect(two.map(spaceHref)).toEqual(["/cpts-a/admin", "/cpts-b/portal"]);
  });

  it("sends the platform administrator to the platform", () => {
    expect(landingPath({ isPlatformAdmin: true, spaces: [{ tenantSlug: "cpts-a", role: "STAFF" }] })).toBe("/platform");
  });
});
