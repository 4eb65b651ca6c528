import { beforeAll, describe, expect, it } from "vitest";

import { searchWorkspace } from "@/lib/search/queries";
import { ZSearchQuery } from "@/lib/search/schemas";
import { findTenantBySlug, resolveAccessFor } from "@/lib/tenancy/guard";

import {
  asCurrentUser,
  createTestActor,
  createTestRequest,
  createTestTenant,
  createUser,
  type TestTenant,
} from "./support/factories";

let a: TestTenant;
let b: TestTenant;
let requestOfB: { id: string; reference: string; email: string };
let requestOfA: { id: string; reference: string; email: string };

function newRequest(t: TestTenant, lastName: string) {
  return createTestRequest(t.tenant.id, { lastName });
}

beforeAll(async () => {
  a = await createTestTenant("search-a");
  b = await createTestTenant("search-b");
  requestOfA = await newRequest(a, "Kerbrat");
  requestOfB = await newRequest(b, "Kerbrat");
});

const ids = (groups: Awaited<ReturnType<typeof searchWorkspace>>) => groups.flatMap((g) => g.hits.map((h) => h.id));

describe("the staff search", () => {
  it("finds a network actor by any word, accents and case ignored, only in its tenant", async () => {
    const actor = await createTestActor(a.tenant.id, {
      name: "Crèche Les Lutins",
      category: "CHILDCARE",
      communes: ["Morlaix"],
      contacts: [{ name: "Hélène Guivarc'h" }],
    });
    expect(ids(await searchWorkspace(a.tenant, "creche helene"))).toContain(actor.id);
    expect(ids(await searchWorkspace(a.tenant, "creche inconnue"))).not.toContain(actor.id);
    expect(ids(await searchWorkspace(b.tenant, "creche helene"))).not.toContain(actor.id);
  });

  it("finds a request by reference, email or full name, and a member by name or email", async () => {
    for (const q of [requestOfA.reference, requestOfA.email.toUpperCase(), "camille kerbrat"]) {
      const groups = await searchWorkspace(a.tenant, q);
      expect(
        groups.find((g) => g.key === "requests")!.hits.map((h) => h.id),
        q,
      ).toEqual([requestOfA.id]);
    }
    const members = (await searchWorkspace(a.tenant, a.member.email)).find((g) => g.key === "members")!;
    expect(members.hits).toEqual([
      expect.objectContaining({
        id: a.member.membershipId,
        href: `/${a.tenant.slug}/admin/members/${a.member.membershipId}`,
      }),
    ]);
    expect((await searchWorkspace(a.tenant, a.member.name)).flatMap((g) => g.hits.map((h) => h.id))).toContain(
      a.member.membershipId,
    );
  });

  it("never returns another tenant's request or member, even by its exact reference, email or id", async () => {
    for (const q of [requestOfB.reference, requestOfB.email, requestOfB.id, b.member.email, b.staff.name]) {
      expect(ids(await searchWorkspace(a.tenant, q)), q).toEqual([]);
    }
    // The same words in tenant A find only tenant A's request.
    expect(ids(await searchWorkspace(a.tenant, "Kerbrat"))).toEqual([requestOfA.id]);
  });

  it("asks for two characters at least and ignores control characters", async () => {
    expect(await searchWorkspace(a.tenant, "k")).toEqual([]);
    expect(ZSearchQuery.parse({ q: "\u0000ke\u0007r" }).q).toBe("ker");
    expect(ZSearchQuery.parse({ q: ["a", "b"] }).q).toBe("");
  });

  it("is refused to another tenant's staff, a member, a stranger and an anonymous visitor", async () => {
    const tenant = await findTenantBySlug(a.tenant.slug);
    const decide = async (user: { id: string; email: string } | null) =>
      (await resolveAccessFor(tenant, user ? asCurrentUser(user) : null, "requests.view")).decision.kind;
    expect(await decide(a.staff)).toBe("allow");
    expect(await decide(b.coordinator)).toBe("forbidden");
    expect(await decide(b.staff)).toBe("forbidden");
    expect(await decide(a.member)).toBe("forbidden");
    expect(await decide(await createUser())).toBe("forbidden");
    expect(await decide(null)).toBe("sign_in");
  });
});
