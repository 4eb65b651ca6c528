import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { getReportTexts } from "@/lib/report/queries";

import { actAs } from "./support/act-as";
import { createTestTenant, createUser, type TestTenant } from "./support/factories";
import { seedIndicatorData } from "./support/indicator-data";

const { saveReportTextsAction } = await import("@/lib/report/actions");

const pdfRoute = await import("@/app/[tenant]/admin/report/report.pdf/route");

let a: TestTenant;
let b: TestTenant;
let newcomerEmail: string;

const getPdf = (tenant: string, query = "year=2026") =>
  pdfRoute.GET(new Request(`http://127.0.0.1/${tenant}/admin/report/report.pdf?${query}`), {
    params: Promise.resolve({ tenant }),
  });

const texts = {
  year: 2026,
  context: "Un territoire de 90 000 habitants.",
  highlights: "12 installations.",
  outlook: "",
};

beforeAll(async () => {
  a = await createTestTenant("rep-a");
  b = await createTestTenant("rep-b");
  newcomerEmail = (await seedIndicatorData(a, b)).r2.email;
});
beforeEach(() => actAs(null));

describe("the annual report's texts", () => {
  it("are written by the tenant's coordinators only, one set per year", async () => {
    const newcomer = await createUser(newcomerEmail);
    for (const outsider of [null, a.staff, a.member, b.coordinator, newcomer]) {
      actAs(outsider);
      expect((await saveReportTextsAction(a.tenant.slug, texts)).ok).toBe(false);
    }
    expect(await db.activityReport.count({ where: { tenantId: a.tenant.id } })).toBe(0);

    actAs(a.coordinator);
    const tooLong = await saveReportTextsAction(a.tenant.slug, { ...texts, outlook: "x".repeat(5001) });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { outlook: ["errors.tooLong"] } });
    expect(await saveReportTextsAction(a.tenant.slug, texts)).toMatchObject({ ok: true, messageKey: "report.saved" });
    expect(await saveReportTextsAction(a.tenant.slug, { ...texts, highlights: "  13 installations. " })).toMatchObject({
      ok: true,
    });
    expect(await saveReportTextsAction(a.tenant.slug, { ...texts, year: 2025, context: "Avant." })).toMatchObject({
      ok: true,
    });
    expect(await getReportTexts(a.tenant.id, 2026)).toEqual({
      context: texts.context,
      highlights: "13 installations.",
      outlook: "",
    });
    expect((await getReportTexts(a.tenant.id, 2025)).context).toBe("Avant.");
    expect(await getReportTexts(b.tenant.id, 2026)).toEqual({ context: "", highlights: "", outlook: "" });
    expect(await db.auditLog.count({ where: { tenantId: a.tenant.id, action: "report.texts.saved" } })).toBe(3);
  });
});

describe("the report as PDF", () => {
  it("is drawn for the tenant's staff, and refused to everyone else with real slugs", async () => {
    actAs(a.staff);
    const response = await getPdf(a.tenant.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(`${a.tenant.slug}-rapport-2026.pdf`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(2000);
    // A year that is not one falls back to the current one, never an error.
    expect((await getPdf(a.tenant.slug, "year=abc")).status).toBe(200);

    expect((await getPdf(a.tenant.slug)).status).toBe(200);
    actAs(null);
    expect((await getPdf(a.tenant.slug)).status).toBe(401);
    const newcomer = await db.user.findFirstOrThrow({ where: { email: newcomerEmail } });
    for (const outsider of [a.member, b.staff, b.coordinator, newcomer]) {
      actAs(outsider);
      expect((await getPdf(a.tenant.slug)).status).toBe(404);
    }
  });
});
