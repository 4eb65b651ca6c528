import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { actAs } from "./support/act-as";
import { createTestTenant, createUser, type TestTenant } from "./support/factories";
import { seedIndicatorData } from "./support/indicator-data";

// The indicator downloads are public HTTP endpoints: called as any client could, with real slugs.
const route = await import("@/app/[tenant]/admin/indicators/[file]/route");

let a: TestTenant;
let b: TestTenant;
let newcomerEmail: string;

const get = (tenant: string, file: string, query = "year=2026", cookie = "") =>
  route.GET(new Request(`http://127.0.0.1/${tenant}/admin/indicators/${file}?${query}`, { headers: { cookie } }), {
    params: Promise.resolve({ tenant, file }),
  });

beforeAll(async () => {
  a = await createTestTenant("indr-a");
  b = await createTestTenant("indr-b");
  const seeded = await seedIndicatorData(a, b);
  newcomerEmail = seeded.r5.email;
});
beforeEach(() => actAs(null));

describe("indicator downloads", () => {
  it("give the tenant's staff the CSV of a dataset, with the figures of the year in its time zone", async () => {
    actAs(a.staff);
    const response = await get(a.tenant.slug, "funnel.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`${a.tenant.slug}-funnel-2026-01-01-2026-12-31.csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM spreadsheets need for UTF-8
    expect(new TextDecoder().decode(bytes)).toBe(
      [
        '"Étape";"Demandes à cette étape";"Demandes ayant atteint l\'étape";"Passage depuis l\'étape précédente (%)"',
        '"Nouvelle";"2";"6";""',
        '"Qualifiée";"0";"4";"66.7"',
        '"En cours";"1";"3";"75"',
        '"Installé·e";"1";"2";"66.7"',
        '"Adhérent·e";"1";"1";"50"',
      ].join("\r\n") + "\r\n",
    );
    const english = await get(a.tenant.slug, "arrivals.csv", "year=2026", "locale=en");
    const lines = (await english.text()).split("\r\n");
    expect(lines[0]).toMatch(/^"Month";".+";".+";"Total"$/);
    expect(lines).toContain('"Dec 2026";"0";"1";"1"');
  });

  it("give the report's network referrals by actor category and outcome, with a total row", async () => {
    actAs(a.staff);
    const response = await get(a.tenant.slug, "referrals.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(
      `${a.tenant.slug}-referrals-2026-01-01-2026-12-31.csv`,
    );
    expect((await response.text()).replace(/^\uFEFF/, "")).toBe(
      [
        '"Catégorie d\'acteur";"Orientations";"En attente d\'accord ou d\'envoi";"Refusées par la personne";"Envoyées, sans réponse";"Répondu, en cours";"Aidé";"N\'a pas pu aider";"Sans réponse (close)"',
        '"Agence immobilière";"4";"0";"1";"1";"0";"1";"1";"0"',
        '"École, périscolaire";"3";"1";"0";"0";"1";"0";"0";"1"',
        '"Total";"7";"1";"1";"1";"1";"1";"1";"1"',
      ].join("\r\n") + "\r\n",
    );
    const english = (await (await get(a.tenant.slug, "referrals.csv", "year=2026", "locale=en")).text()).split("\r\n");
    expect(english[0]).toMatch(/^\uFEFF?"Actor category";"Referrals";/);
    expect(english).toContain('"Total";"7";"1";"1";"1";"1";"1";"1";"1"');
    const xlsx = await get(a.tenant.slug, "referrals.xlsx");
    expect(xlsx.status).toBe(200);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    // Another tenant's staff: the same 404 as a file that does not exist.
    actAs(b.staff);
    expect((await get(a.tenant.slug, "referrals.csv")).status).toBe(404);
  });

  it("give a workbook of every dataset, and one of a single dataset", async () => {
    actAs(a.coordinator);
    const all = await get(a.tenant.slug, "all.xlsx", "period=last12");
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toContain("spreadsheetml");
    const bytes = new Uint8Array(await all.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    const one = await get(a.tenant.slug, "needs.xlsx");
    expect(one.status).toBe(200);
  });

  it("refuse unknown files, and everyone but the tenant's staff, with real slugs", async () => {
    actAs(a.staff);
    for (const file of ["secrets.csv", "all.csv", "funnel.pdf", "funnel.csv.exe", "..%2Fdb.csv"])
      expect((await get(a.tenant.slug, file)).status).toBe(404);

    actAs(null);
    expect((await get(a.tenant.slug, "funnel.csv")).status).toBe(401);
    const newcomer = await createUser(newcomerEmail);
    const stranger = await createUser();
    for (const outsider of [a.member, b.staff, b.coordinator, newcomer, stranger]) {
      actAs(outsider);
      for (const file of ["funnel.csv", "all.xlsx", "demography.csv"]) {
        const refused = await get(a.tenant.slug, file);
        expect(refused.status).toBe(404);
        expect(await refused.text()).not.toContain("Nouvelle");
      }
    }
    // Another tenant's staff get their own figures at their own address, never tenant A's.
    actAs(b.staff);
    const own = await (await get(b.tenant.slug, "offers.csv")).text();
    expect(own).toContain("Autre");
    expect(own).not.toContain("Révision offerte");
  });
});
