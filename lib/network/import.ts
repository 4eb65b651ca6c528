import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { csvCell } from "@/lib/events/csv-cell";
import type { NeedType, NetworkCategory } from "@/lib/generated/prisma/enums";
import frNetwork from "@/lib/i18n/messages/fr.network.json";
import frRequests from "@/lib/i18n/messages/fr.requests.json";
import { normalise, parseCsv } from "@/lib/members/csv";

import { NEED_TYPES, NETWORK_CATEGORIES, ZActor, type TActor } from "./schemas";
import { searchTextOf } from "./search-text";

export const ACTOR_IMPORT_MAX_LINES = 2000;

/** Accepted column titles (any case or accent); the export writes the first of each. */
const COLUMNS = {
  name: ["nom", "name", "organisme"],
  category: ["catégorie", "categorie", "category"],
  needTypes: ["besoins", "needs"],
  communes: ["communes", "commune"],
  tags: ["étiquettes", "etiquettes", "tags"],
  phone: ["téléphone", "telephone", "phone"],
  email: ["e-mail", "email", "courriel"],
  website: ["site", "website", "site web"],
  address: ["adresse", "address"],
  notes: ["notes", "remarques"],
} as const;
export type ActorImportField = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as ActorImportField[];

const CATEGORY_BY_TEXT = new Map<string, NetworkCategory>(
  NETWORK_CATEGORIES.flatMap((c) => [
    [normalise(c), c] as const,
    [normalise(frNetwork.network.categories[c]), c] as const,
  ]),
);
const NEED_BY_TEXT = new Map<string, NeedType>(
  NEED_TYPES.flatMap((n) => [[normalise(n), n] as const, [normalise(frRequests.requests.needs[n]), n] as const]),
);

export type ActorLineReport = {
  line: number;
  name: string;
  status: "valid" | "invalid" | "existing";
  errors: { field: ActorImportField; key: string }[];
};
export type ActorImportReport = {
  fileErrors: { key: string; column?: string }[];
  lines: ActorLineReport[];
  valid: number;
  invalid: number;
  existing: number;
  imported: number;
};

// Needs are separated by "|" only: some of their labels hold a comma.
const list = (value: string) =>
  value
    .split(/[|\n]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** Checks every line and says what is wrong where; nothing is written here. */
export function checkActorImport(text: string, existingNames: Set<string>) {
  const rows = parseCsv(text);
  const report: ActorImportReport = { fileErrors: [], lines: [], valid: 0, invalid: 0, existing: 0, imported: 0 };
  const actors: TActor[] = [];
  const index = {} as Partial<Record<ActorImportField, number>>;
  (rows[0] ?? []).forEach((raw, i) => {
    const h = normalise(raw);
    const field = FIELDS.find((f) => COLUMNS[f].some((c) => normalise(c) === h));
    if (field && index[field] === undefined) index[field] = i;
    else if (h !== "") report.fileErrors.push({ key: "network.import.errors.unknownColumn", column: raw });
  });
  if (index.name === undefined || index.category === undefined)
    report.fileErrors.push({ key: "network.import.errors.missingColumns" });
  const dataRows = rows.slice(1);
  if (!dataRows.some((r) => r.some((c) => c.trim()))) report.fileErrors.push({ key: "network.import.errors.noLines" });
  if (dataRows.length > ACTOR_IMPORT_MAX_LINES) report.fileErrors.push({ key: "network.import.errors.tooManyLines" });
  if (report.fileErrors.length) return { report, actors };

  const seen = new Set<string>();
  dataRows.forEach((row, i) => {
    if (!row.some((c) => c.trim())) return;
    const cell = (f: ActorImportField) => (index[f] === undefined ? "" : (row[index[f]!] ?? "").trim());
    const errors: ActorLineReport["errors"] = [];
    const category = CATEGORY_BY_TEXT.get(normalise(cell("category")));
    if (!category) errors.push({ field: "category", key: "network.import.errors.category" });
    const needTexts = list(cell("needTypes"));
    const needTypes = needTexts.map((n) => NEED_BY_TEXT.get(normalise(n)));
    if (needTypes.some((n) => !n)) errors.push({ field: "needTypes", key: "network.import.errors.need" });
    const parsed = ZActor.safeParse({
      name: cell("name"),
      category: category ?? "OTHER",
      needTypes: [...new Set(needTypes.filter(Boolean))],
      communes: cell("communes"),
      tags: cell("tags"),
      website: cell("website"),
      address: cell("address"),
      phone: cell("phone"),
      email: cell("email"),
      notes: cell("notes"),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as ActorImportField;
        errors.push({ field, key: issue.message.includes(".") ? issue.message : "errors.invalid" });
      }
    const key = normalise(cell("name"));
    if (seen.has(key)) errors.push({ field: "name", key: "network.import.errors.duplicate" });
    seen.add(key);
    const line = i + 2;
    if (errors.length) {
      report.lines.push({ line, name: cell("name"), status: "invalid", errors });
      report.invalid++;
    } else if (existingNames.has(key)) {
      report.lines.push({ line, name: cell("name"), status: "existing", errors: [] });
      report.existing++;
    } else if (parsed.success) {
      report.lines.push({ line, name: cell("name"), status: "valid", errors: [] });
      report.valid++;
      actors.push(parsed.data);
    }
  });
  return { report, actors };
}

/** Checks the file, then (unless `dryRun`) creates the valid lines in one transaction; known names are skipped. */
export async function importActors(
  staff: { tenantId: string; userId: string },
  text: string,
  dryRun: boolean,
): Promise<ActorImportReport> {
  const existing = await db.networkActor.findMany({ where: { tenantId: staff.tenantId }, select: { name: true } });
  const { report, actors } = checkActorImport(text, new Set(existing.map((a) => normalise(a.name))));
  if (report.fileErrors.length || dryRun || actors.length === 0) return report;
  await db.$transaction(
    async (tx) => {
      await tx.networkActor.createMany({
        data: actors.map((a) => ({ ...a, tenantId: staff.tenantId, searchText: searchTextOf(a) })),
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        tenantId: staff.tenantId,
        actorId: staff.userId,
        action: "network.imported",
        targetType: "NetworkActor",
        details: { imported: actors.length, skippedExisting: report.existing, skippedInvalid: report.invalid },
      });
    },
    { timeout: 60_000 },
  );
  return { ...report, imported: actors.length };
}

/** The whole directory as a spreadsheet that the import reads back. */
export async function actorsCsv(tenantId: string): Promise<string> {
  const actors = await db.networkActor.findMany({
    where: { tenantId },
    orderBy: { name: "asc" },
    select: {
      name: true,
      category: true,
      needTypes: true,
      communes: true,
      tags: true,
      phone: true,
      email: true,
      website: true,
      address: true,
      notes: true,
    },
  });
  const header = FIELDS.map((f) => csvCell(COLUMNS[f][0])).join(";");
  const lines = actors.map((a) =>
    [
      a.name,
      frNetwork.network.categories[a.category],
      a.needTypes.map((n) => frRequests.requests.needs[n]).join(" | "),
      a.communes.join(", "),
      a.tags.join(", "),
      a.phone,
      a.email,
      a.website,
      a.address,
      a.notes,
    ]
      .map(csvCell)
      .join(";"),
  );
  return `\uFEFF${[header, ...lines].join("\r\n")}\r\n`;
}
