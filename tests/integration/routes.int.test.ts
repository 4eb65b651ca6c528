import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import { asCurrentUser, createTestTenant, createUser, type TestTenant } from "./support/factories";

// Route handlers are public HTTP endpoints too: call them as any client could, with real ids.
let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));

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
  const event = await db.event.create({
    data: {
      tenantId: a.tenant.id,
      title: "Soirée des soignants",
      kind: "SOIREE_SOIGNANTS",
      startsAt: new Date("2027-05-20T17:00:00Z"),
      endsAt: new Date("2027-05-20T21:00:00Z"),
      registrationDeadline: new Date("2027-05-10T17:00:00Z"),
      place: "Morlaix",
      capacity: 40,
      status: "PUBLISHED",
    },
  });
  eventId = event.id;
});
beforeEach(() => {
  currentUser = null;
});

describe("tenant route handlers", () => {
  it("give the registrations CSV to the tenant's staff only", async () => {
    expect((await call(csvRoute, a.tenant.slug, eventId)).status).toBe(401);
    for (const outsider of [a.member, b.staff, b.coordinator]) {
      currentUser = asCurrentUser(outsider);
      const refused = await call(csvRoute, a.tenant.slug, eventId);
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain("Soirée");
    }
    currentUser = asCurrentUser(await createUser());
    expect((await call(csvRoute, a.tenant.slug, eventId)).status).toBe(404);
    // Tenant B's staff with A's real event id, through B's own path: still nothing.
    currentUser = asCurrentUser(b.staff);
    expect((await call(csvRoute, b.tenant.slug, eventId)).status).toBe(404);
    currentUser = asCurrentUser(a.staff);
    const allowed = await call(csvRoute, a.tenant.slug, eventId);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("content-type")).toContain("text/csv");
    expect(allowed.headers.get("cache-control")).toContain("no-store");
  });

  it("give an event's .ics to the tenant's members, never to another tenant's", async () => {
    expect((await call(icsRoute, a.tenant.slug, eventId)).status).toBe(401);
    currentUser = asCurrentUser(b.member);
    expect((await call(icsRoute, a.tenant.slug, eventId)).status).toBe(404);
    expect((await call(icsRoute, b.tenant.slug, eventId)).status).toBe(404);
    currentUser = asCurrentUser(a.member);
    const allowed = await call(icsRoute, a.tenant.slug, eventId);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain("SUMMARY:Soirée des soignants");
  });
});
