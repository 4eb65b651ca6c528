import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { actAs } from "./support/act-as";
import { createTestEvent, createTestTenant, createUser, type TestTenant } from "./support/factories";

// Route handlers are public HTTP endpoints too: call them as any client could, with real ids.

const csvRoute = await import("@/app/[tenant]/admin/events/[id]/registrations.csv/route");
const icsRoute = await import("@/app/[tenant]/portal/events/[id]/ics/route");

let a: TestTenant;
let b: TestTenant;
let eventId: string;

const call = (
  route: { GET: (r: Request, c: { params: Promise<{ tenant: string; id: string }> }) => Promise<Response> },
  tenant: string,
  id: string,
) => route.GET(new Request("http://127.0.0.1/x"), { params: Promise.resolve({ tenant, id }) });

beforeAll(async () => {
  a = await createTestTenant("rta");
  b = await createTestTenant("rtb");
  const event = await createTestEvent(a.tenant.id, { title: "Soirée des soignants" });

  eventId = event.id;
});
beforeEach(() => {
  actAs(null);
});

describe("tenant route handlers", () => {
  it("give the registrations CSV to the tenant's staff only", async () => {
    expect((await call(csvRoute, a.tenant.slug, eventId)).status).toBe(401);
    for (const outsider of [a.member, b.staff, b.coordinator]) {
      actAs(outsider);
      const refused = await call(csvRoute, a.tenant.slug, eventId);
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain("Soirée");
    }
    actAs(await createUser());
    expect((await call(csvRoute, a.tenant.slug, eventId)).status).toBe(404);
    // Tenant B's staff with A's real event id, through B's own path: still nothing.
    actAs(b.staff);
    expect((await call(csvRoute, b.tenant.slug, eventId)).status).toBe(404);
    actAs(a.staff);
    const allowed = await call(csvRoute, a.tenant.slug, eventId);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("content-type")).toContain("text/csv");
    expect(allowed.headers.get("cache-control")).toContain("no-store");
    expect((await allowed.text()).split("\r\n")[0]).toContain('"Nom";"E-mail"');
    // In the reader's language: the locale cookie chooses the headers and the file name.
    const english = await csvRoute.GET(new Request("http://127.0.0.1/x", { headers: { cookie: "a=b; locale=en" } }), {
      params: Promise.resolve({ tenant: a.tenant.slug, id: eventId }),
    });
    expect((await english.text()).split("\r\n")[0]).toContain('"Name";"Email"');
    expect(english.headers.get("content-disposition")).toContain('filename="registrations-');
  });

  it("give an event's .ics to the tenant's members, never to another tenant's", async () => {
    expect((await call(icsRoute, a.tenant.slug, eventId)).status).toBe(401);
    actAs(b.member);
    expect((await call(icsRoute, a.tenant.slug, eventId)).status).toBe(404);
    expect((await call(icsRoute, b.tenant.slug, eventId)).status).toBe(404);
    actAs(a.member);
    const allowed = await call(icsRoute, a.tenant.slug, eventId);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain("SUMMARY:Soirée des soignants");
  });
});
