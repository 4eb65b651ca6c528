import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resolveAccessFor } from "@/lib/tenancy/guard";

import { asCurrentUser, createTestPerson, createTestTenant, type TestTenant } from "./support/factories";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const {
  saveMyProfileAction: saveMyProfile,
  addToMyHouseholdAction: addToMyHousehold,
  removeFromMyHouseholdAction: removeFromMyHousehold,
} = await import("@/lib/members/profile-actions");
const {
  saveMemberDetailsAction: saveMemberDetails,
  recordDuesAction: recordDues,
  changeMemberStatusAction: changeMemberStatus,
  importMembersCsvAction: importMembersCsv,
} = await import("@/lib/members/actions");
const { listMembers } = await import("@/lib/members/queries");
const { DIRECTORY_PAGE_SIZE, searchDirectory } = await import("@/lib/members/directory");

let a: TestTenant;
let b: TestTenant;
const profile = {
  name: "Gwenola Tanguy",
  phone: "06 12 34 56 78",
  profession: "SAGE_FEMME" as const,
  specialty: "",
  practicePlace: "Carantec",
  directoryOptIn: true,
  notifyEvents: true,
  notifyOffers: false,
};
const details = (membershipId: string) => ({
  membershipId,
  phone: "",
  profession: "INFIRMIER" as const,
  specialty: "",
  practicePlace: "Morlaix",
  arrivalDate: "2025-09-01",
  requestReference: "",
  notes: "Très impliquée",
});

beforeAll(async () => {
  a = await createTestTenant("mem-a");
  b = await createTestTenant("mem-b");
});
beforeEach(() => {
  currentUser = null;
});

describe("my profile and household", () => {
  it("lets a member edit their own profile only, with clear messages for bad input", async () => {
    expect(await saveMyProfile(a.tenant.slug, profile)).toEqual({ ok: false, formError: "errors.signedOut" });
    currentUser = asCurrentUser(b.member);
    expect(await saveMyProfile(a.tenant.slug, profile)).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = asCurrentUser(a.member);
    expect(await saveMyProfile(a.tenant.slug, { ...profile, phone: "abc", name: "" })).toMatchObject({
      ok: false,
      fieldErrors: { phone: ["errors.phone"], name: ["errors.required"] },
    });
    expect(await saveMyProfile(a.tenant.slug, profile)).toMatchObject({ ok: true });
    const saved = await db.membership.findUniqueOrThrow({
      where: { id: a.member.membershipId },
      include: { user: true },
    });
    expect(saved).toMatchObject({
      profession: "SAGE_FEMME",
      practicePlace: "Carantec",
      directoryOptIn: true,
      notifyOffers: false,
      user: { name: "Gwenola Tanguy" },
    });
  });

  it("keeps households private: nobody removes another member's child, even with the real id", async () => {
    currentUser = asCurrentUser(a.member);
    expect(
      await addToMyHousehold(a.tenant.slug, { relation: "PARTNER", firstName: "Sam", birthYear: "" }),
    ).toMatchObject({ ok: true });
    expect(
      await addToMyHousehold(a.tenant.slug, { relation: "PARTNER", firstName: "Alex", birthYear: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { relation: ["profile.errors.onePartner"] } });
    expect(
      await addToMyHousehold(a.tenant.slug, { relation: "CHILD", firstName: "Noé", birthYear: "12" }),
    ).toMatchObject({ ok: false, fieldErrors: { birthYear: ["profile.errors.birthYear"] } });
    expect(
      await addToMyHousehold(a.tenant.slug, { relation: "CHILD", firstName: "Noé", birthYear: "2018" }),
    ).toMatchObject({ ok: true });
    const noe = await db.householdMember.findFirstOrThrow({
      where: { membershipId: a.member.membershipId, firstName: "Noé" },
    });
    expect(noe.birthYear).toBe(2018);

    for (const intruder of [a.staff, a.coordinator, b.member, b.coordinator]) {
      currentUser = asCurrentUser(intruder);
      const slug = intruder === b.member || intruder === b.coordinator ? b.tenant.slug : a.tenant.slug;
      expect(await removeFromMyHousehold(slug, { householdMemberId: noe.id })).toEqual({
        ok: false,
        formError: "errors.notFound",
      });
    }
    currentUser = null;
    expect((await removeFromMyHousehold(a.tenant.slug, { householdMemberId: noe.id })).ok).toBe(false);
    expect(await db.householdMember.count({ where: { id: noe.id } })).toBe(1);
    currentUser = asCurrentUser(a.member);
    expect(await removeFromMyHousehold(a.tenant.slug, { householdMemberId: noe.id })).toMatchObject({ ok: true });
    expect(await db.householdMember.count({ where: { id: noe.id } })).toBe(0);
  });
});

describe("directory", () => {
  it("shows only the tenant's active members who opted in, searchable by name, profession and place", async () => {
    await db.membership.update({
      where: { id: a.member.membershipId },
      data: { directoryOptIn: true, profession: "SAGE_FEMME", practicePlace: "Carantec" },
    });
    await db.membership.update({
      where: { id: a.staff.membershipId },
      data: { directoryOptIn: false, profession: "SAGE_FEMME" },
    });
    await db.membership.update({
      where: { id: b.member.membershipId },
      data: { directoryOptIn: true, profession: "SAGE_FEMME" },
    });
    const search = (q: Partial<{ q: string; profession: "SAGE_FEMME" | "INFIRMIER"; place: string }>) =>
      searchDirectory(a.tenant.id, { page: 1, q: "", place: "", ...q });
    expect((await search({})).rows.map((r) => r.id)).toEqual([a.member.membershipId]);
    expect((await search({ profession: "SAGE_FEMME", place: "caran" })).total).toBe(1);
    expect((await search({ profession: "INFIRMIER" })).total).toBe(0);
    expect((await search({ q: "gwenola" })).total).toBe(1);
    expect((await search({ q: b.member.name })).total).toBe(0);
    await db.membership.update({ where: { id: a.member.membershipId }, data: { status: "SUSPENDED" } });
    expect((await search({})).total).toBe(0);
    await db.membership.update({ where: { id: a.member.membershipId }, data: { status: "ACTIVE" } });
  });
});

describe("directory pages", () => {
  it("lists by name across pages, counts every listed member and reads % and _ as typed", async () => {
    const c = await createTestTenant("dir-pages");
    const names = Array.from({ length: DIRECTORY_PAGE_SIZE + 2 }, (_, i) => `Zoé ${String(i).padStart(2, "0")}`);
    for (const name of [...names].reverse()) {
      await createTestPerson(c.tenant.id, "MEMBER", { name, directoryOptIn: true, practicePlace: "Morlaix" });
    }
    await createTestPerson(c.tenant.id, "MEMBER", { name: "Zoé z100%_sûr", directoryOptIn: true });
    const first = await searchDirectory(c.tenant.id, { page: 1, q: "zoé", place: "" });
    const second = await searchDirectory(c.tenant.id, { page: 2, q: "zoé", place: "" });
    expect(first.total).toBe(names.length + 1);
    expect(first.pageCount).toBe(2);
    expect([...first.rows, ...second.rows].map((r) => r.user.name)).toEqual([...names, "Zoé z100%_sûr"]);
    expect(second.rows[0]).toMatchObject({ practicePlace: "Morlaix", user: { name: names[DIRECTORY_PAGE_SIZE] } });
    expect((await searchDirectory(c.tenant.id, { page: 1, q: "100%_", place: "" })).total).toBe(1);
    expect((await searchDirectory(c.tenant.id, { page: 1, q: "0%", place: "" })).total).toBe(1);
    expect((await searchDirectory(c.tenant.id, { page: 1, q: "_", place: "" })).total).toBe(1);
  });
});

describe("members for staff", () => {
  it("lets this tenant's staff edit details and dues, and nobody else, even with real ids", async () => {
    const target = a.member.membershipId;
    for (const [who, slug] of [
      [null, a.tenant.slug],
      [a.member, a.tenant.slug],
      [b.staff, a.tenant.slug],
    ] as const) {
      currentUser = who ? asCurrentUser(who) : null;
      expect((await saveMemberDetails(slug, details(target))).ok).toBe(false);
      expect((await recordDues(slug, { membershipId: target, year: 2026, paid: true })).ok).toBe(false);
    }
    currentUser = asCurrentUser(b.staff);
    expect(await saveMemberDetails(b.tenant.slug, details(target))).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    expect(await recordDues(b.tenant.slug, { membershipId: target, year: 2026, paid: true })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    expect(await db.duesPayment.count({ where: { membershipId: target } })).toBe(0);

    currentUser = asCurrentUser(a.staff);
    expect(
      await saveMemberDetails(a.tenant.slug, { ...details(target), requestReference: "XYZ-2026-0001" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { requestReference: ["memberAdmin.errors.requestNotFound"] },
    });
    expect(await saveMemberDetails(a.tenant.slug, details(target))).toMatchObject({ ok: true });
    expect(await recordDues(a.tenant.slug, { membershipId: target, year: 2026, paid: true })).toMatchObject({
      ok: true,
    });
    expect(await recordDues(a.tenant.slug, { membershipId: target, year: 2026, paid: true })).toMatchObject({
      ok: true,
    });
    expect(await db.duesPayment.count({ where: { membershipId: target } })).toBe(1);
    expect(await db.membership.findUniqueOrThrow({ where: { id: target } })).toMatchObject({
      profession: "INFIRMIER",
      notes: "Très impliquée",
    });
  });

  it("filters the list by profession, status and dues year", async () => {
    const list = (f: Parameters<typeof listMembers>[1]) =>
      listMembers(a.tenant.id, f).then((r) => r.rows.map((m) => m.id).sort());
    expect(await list({ page: 1, q: "", profession: "INFIRMIER" })).toEqual([a.member.membershipId]);
    expect(await list({ page: 1, q: "", duesYear: 2026, dues: "paid" })).toEqual([a.member.membershipId]);
    expect(await list({ page: 1, q: "", duesYear: 2026, dues: "unpaid" })).toEqual(
      [a.coordinator.membershipId, a.staff.membershipId].sort(),
    );
    expect(await list({ page: 1, q: "", duesYear: 2025, dues: "paid" })).toEqual([]);
    // Without a year, "paid" means the current year.
    expect(await list({ page: 1, q: "", dues: "paid", currentYear: 2026 })).toEqual([a.member.membershipId]);
    expect(await list({ page: 1, q: "", status: "SUSPENDED" })).toEqual([]);
  });

  it("lets only a coordinator deactivate a member, who then loses access until reactivated", async () => {
    const t = await createTestTenant("deact");
    const input = { membershipId: t.member.membershipId, active: false };
    currentUser = asCurrentUser(t.staff);
    expect(await changeMemberStatus(t.tenant.slug, input)).toEqual({ ok: false, formError: "errors.forbidden" });
    currentUser = asCurrentUser(a.coordinator);
    expect(await changeMemberStatus(a.tenant.slug, input)).toEqual({ ok: false, formError: "errors.notFound" });
    currentUser = asCurrentUser(t.coordinator);
    expect(
      await changeMemberStatus(t.tenant.slug, { membershipId: t.coordinator.membershipId, active: false }),
    ).toEqual({ ok: false, formError: "memberAdmin.errors.notYourself" });
    expect(await changeMemberStatus(t.tenant.slug, input)).toMatchObject({ ok: true });
    const access = async () =>
      (await resolveAccessFor({ ...t.tenant } as never, asCurrentUser(t.member), "portal.view")).decision.kind;
    expect(await access()).toBe("forbidden");
    expect(await changeMemberStatus(t.tenant.slug, { ...input, active: true })).toMatchObject({ ok: true });
    expect(await access()).toBe("allow");
  });
});

describe("CSV import", () => {
  const file = [
    "email;prénom;nom;profession;lieu d'exercice;cotisations;annuaire",
    "lea.import@exemple.fr;Léa;Morvan;Infirmier;Morlaix;2025 2026;oui",
    "pas-une-adresse;Yann;Le Goff;Plombier;Brest;;",
    "tom.import@exemple.fr;Tom;Guivarc'h;Sage-femme;Carantec;;non",
  ];
  const csv = (lines: string[]) => lines.join("\r\n");

  it("is for this tenant's staff only", async () => {
    currentUser = asCurrentUser(a.member);
    expect(await importMembersCsv(a.tenant.slug, { csv: csv(file), mode: "validOnly", dryRun: false })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    currentUser = asCurrentUser(b.staff);
    expect(await importMembersCsv(a.tenant.slug, { csv: csv(file), mode: "validOnly", dryRun: false })).toEqual({
      ok: false,
      formError: "errors.forbidden",
    });
    expect(await db.user.count({ where: { email: "lea.import@exemple.fr" } })).toBe(0);
  });

  it("imports nothing when a line is wrong in strict mode, only the valid lines on request, and skips existing members", async () => {
    const lines = [file[0], file[1], file[2], `${a.member.email};;Déjà là;;;;`, file[3]];
    currentUser = asCurrentUser(a.staff);
    const strict = await importMembersCsv(a.tenant.slug, { csv: csv(lines), mode: "strict", dryRun: false });
    expect(strict).toMatchObject({
      ok: true,
      messageKey: "memberImport.blockedImport",
      data: { blocked: true, valid: 2, invalid: 1, existing: 1, imported: 0 },
    });
    // "Vérifier le fichier" on the same file says it was only a check.
    expect(await importMembersCsv(a.tenant.slug, { csv: csv(lines), mode: "strict", dryRun: true })).toMatchObject({
      ok: true,
      messageKey: "memberImport.blockedCheck",
      data: { blocked: true, imported: 0 },
    });
    if (!strict.ok) throw new Error("unreachable");
    expect(strict.data.lines.find((l) => l.status === "invalid")).toMatchObject({
      line: 3,
      errors: [{ field: "email" }, { field: "profession" }],
    });
    expect(await db.membership.count({ where: { tenantId: a.tenant.id } })).toBe(3);

    const dryRun = await importMembersCsv(a.tenant.slug, { csv: csv(lines), mode: "validOnly", dryRun: true });
    expect(dryRun).toMatchObject({ ok: true, messageKey: "memberImport.checked", data: { imported: 0, valid: 2 } });
    expect(await db.membership.count({ where: { tenantId: a.tenant.id } })).toBe(3);

    const partial = await importMembersCsv(a.tenant.slug, { csv: csv(lines), mode: "validOnly", dryRun: false });
    expect(partial).toMatchObject({ ok: true, messageKey: "memberImport.done", data: { imported: 2 } });
    const lea = await db.membership.findFirstOrThrow({
      where: { tenantId: a.tenant.id, user: { email: "lea.import@exemple.fr" } },
      include: { dues: true, user: true },
    });
    expect(lea).toMatchObject({
      role: "MEMBER",
      status: "ACTIVE",
      profession: "INFIRMIER",
      practicePlace: "Morlaix",
      directoryOptIn: false, // the file said "oui": only the member opts in
      user: { name: "Léa Morvan" },
    });
    expect(lea.dues.map((d) => d.year).sort()).toEqual([2025, 2026]);
    expect(await db.membership.count({ where: { tenantId: b.tenant.id } })).toBe(3);

    // Running the same file again changes nothing: everyone is a member now.
    const again = await importMembersCsv(a.tenant.slug, { csv: csv(lines), mode: "validOnly", dryRun: false });
    expect(again).toMatchObject({ ok: true, data: { imported: 0, existing: 3 } });
  });

  it("answers a bad upload next to the field", async () => {
    currentUser = asCurrentUser(a.staff);
    expect(await importMembersCsv(a.tenant.slug, { csv: "", mode: "strict", dryRun: true })).toMatchObject({
      ok: false,
      fieldErrors: { csv: ["memberImport.errors.noFile"] },
    });
  });
});
