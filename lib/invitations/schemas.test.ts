import { describe, expect, it } from "vitest";

import { ZInvitation } from "./schemas";

describe("invitation schema", () => {
  it("normalises the address", () => {
    expect(ZInvitation.parse({ email: "  Marie.Dupont@Exemple.FR ", role: "MEMBER" })).toEqual({
      email: "marie.dupont@exemple.fr",
      role: "MEMBER",
    });
  });

  it("names the problem of each field with a catalog key", () => {
    const result = ZInvitation.safeParse({ email: "marie@", role: "OWNER" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({ email: "errors.email.invalid", role: "errors.role.invalid" });
  });

  it("requires an address", () => {
    const result = ZInvitation.safeParse({ email: "   ", role: "STAFF" });
    expect(result.error?.issues[0]?.message).toBe("errors.required");
  });
});
