import { z } from "zod";

import { emailField, optionalPhoneField } from "@/lib/forms/fields";
import type { Profession } from "@/lib/generated/prisma/enums";
import frRequests from "@/lib/i18n/messages/fr.requests.json";

import { normalise, parseCsv } from "./csv";
import { PROFESSIONS } from "./schemas";

export const IMPORT_MAX_LINES = 2000;

/** Accepted column titles (any case or accent) for each field. */
const COLUMNS = {
  email: ["email", "e-mail", "courriel", "adresse e-mail"],
  name: ["nom", "nom complet", "name"],
  firstName: ["prénom", "prenom", "first name"],
  profession: ["profession"],
  specialty: ["spécialité", "specialite", "specialty"],
  practicePlace: ["lieu d'exercice", "lieu", "commune", "practice place"],
  phone: ["téléphone", "telephone", "tél", "phone"],
  arrivalDate: ["date d'arrivée", "date arrivee", "arrivée", "arrival date"],
  dues: ["cotisations", "cotisation", "dues"],
  // Accepted so that older spreadsheets still load, but ignored: only the member opts into the directory.
  directory: ["annuaire", "directory"],
} as const;
export type ImportField = keyof typeof COLUMNS;

const PROFESSION_BY_TEXT = new Map<string, Profession>(
  PROFESSIONS.flatMap(
    (p) =>
      [
        [normalise(p), p],
        [normalise(frRequests.requests.professions[p]), p],
        [normalise(frRequests.requests.professions[p].replace(/·.*$/, "")), p],
      ] as [string, Profession][],
  ),
);

export type ImportedMember = {
  email: string;
  name: string;
  profession: Profession | null;
  specialty: string;
  practicePlace: string;
  phone: string;
  arrivalDate: Date | null;
  duesYears: number[];
};
export type LineReport = {
  line: number;
  email: string;
  status: "valid" | "invalid" | "existing";
  errors: { field: ImportField; key: string }[];
};
export type ImportReport = {
  fileErrors: { key: string; column?: string }[];
  lines: LineReport[];
  valid: number;
  invalid: number;
  existing: number;
  imported: number;
  blocked: boolean;
};

const phoneOk = (v: string) => optionalPhoneField.safeParse(v).success;

function parseDate(value: string): Date | null | "invalid" {
  if (!value) return null;
  const fr = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const [y, m, d] = fr ? [+fr[3], +fr[2], +fr[1]] : iso ? [+iso[1], +iso[2], +iso[3]] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(y, m - 1, d));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1 ? "invalid" : date;
}

function parseYears(value: string): number[] | "invalid" {
  const parts = value.split(/[\s,|/]+/).filter(Boolean);
  const years = parts.map(Number);
  return years.every((y) => Number.isInteger(y) && y >= 2000 && y <= 2100) ? [...new Set(years)].sort() : "invalid";
}

/**
 * Checks every line of the file and says what is wrong where; nothing is written here.
 * `existingEmails` are the tenant's members already: their lines are skipped, not errors.
 */
export function checkImport(
  text: string,
  existingEmails: Set<string>,
): { report: ImportReport; members: ImportedMember[] } {
  const rows = parseCsv(text);
  const report: ImportReport = {
    fileErrors: [],
    lines: [],
    valid: 0,
    invalid: 0,
    existing: 0,
    imported: 0,
    blocked: false,
  };
  const members: ImportedMember[] = [];
  const header = (rows[0] ?? []).map((h) => normalise(h));
  const index = {} as Partial<Record<ImportField, number>>;
  header.forEach((h, i) => {
    const field = (Object.keys(COLUMNS) as ImportField[]).find((f) => COLUMNS[f].some((c) => normalise(c) === h));
    if (field && index[field] === undefined) index[field] = i;
    else if (h !== "") report.fileErrors.push({ key: "memberImport.errors.unknownColumn", column: rows[0][i] });
  });
  if (index.email === undefined || index.name === undefined)
    report.fileErrors.push({ key: "memberImport.errors.missingColumns" });
  const dataRows = rows.slice(1);
  if (dataRows.filter((r) => r.some((c) => c.trim())).length === 0)
    report.fileErrors.push({ key: "memberImport.errors.noLines" });
  if (dataRows.length > IMPORT_MAX_LINES) report.fileErrors.push({ key: "memberImport.errors.tooManyLines" });
  if (report.fileErrors.length) {
    report.blocked = true;
    return { report, members };
  }

  const seen = new Set<string>();
  dataRows.forEach((row, i) => {
    if (!row.some((c) => c.trim())) return;
    const cell = (f: ImportField) => (index[f] === undefined ? "" : (row[index[f]!] ?? "").trim());
    const errors: LineReport["errors"] = [];
    const email = emailField.safeParse(cell("email"));
    if (!email.success)
      errors.push({
        field: "email",
        key: cell("email") ? "memberImport.errors.email" : "memberImport.errors.emailMissing",
      });
    const address = email.success ? email.data : cell("email");
    if (email.success && seen.has(address)) errors.push({ field: "email", key: "memberImport.errors.duplicate" });
    seen.add(address);
    const name = [cell("firstName"), cell("name")].filter(Boolean).join(" ");
    if (!z.string().min(2).max(100).safeParse(name).success)
      errors.push({ field: "name", key: "memberImport.errors.name" });
    const professionText = cell("profession");
    const profession = professionText ? (PROFESSION_BY_TEXT.get(normalise(professionText)) ?? null) : null;
    if (professionText && !profession) errors.push({ field: "profession", key: "memberImport.errors.profession" });
    if (!phoneOk(cell("phone"))) errors.push({ field: "phone", key: "memberImport.errors.phone" });
    const arrivalDate = parseDate(cell("arrivalDate"));
    if (arrivalDate === "invalid") errors.push({ field: "arrivalDate", key: "memberImport.errors.date" });
    const duesYears = parseYears(cell("dues"));
    if (duesYears === "invalid") errors.push({ field: "dues", key: "memberImport.errors.dues" });
    for (const f of ["specialty", "practicePlace"] as const)
      if (cell(f).length > 120) errors.push({ field: f, key: "memberImport.errors.tooLong" });

    const line = i + 2;
    if (errors.length) {
      report.lines.push({ line, email: address, status: "invalid", errors });
      report.invalid++;
      return;
    }
    if (existingEmails.has(address)) {
      report.lines.push({ line, email: address, status: "existing", errors: [] });
      report.existing++;
      return;
    }
    report.lines.push({ line, email: address, status: "valid", errors: [] });
    report.valid++;
    members.push({
      email: address,
      name,
      profession,
      specialty: cell("specialty"),
      practicePlace: cell("practicePlace"),
      phone: cell("phone"),
      arrivalDate: arrivalDate as Date | null,
      duesYears: duesYears as number[],
    });
  });
  return { report, members };
}
