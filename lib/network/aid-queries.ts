import "server-only";

import { getTranslations } from "next-intl/server";

import { db } from "@/lib/db";

import { PRACTICE_MODES, PROFESSIONS } from "./schemas";

/** Every aid of the tenant, for the staff (including those out of their validity dates). */
export async function listAllAids(tenantId: string) {
  return db.installationAid.findMany({ where: { tenantId }, orderBy: { name: "asc" }, take: 500 });
}

export async function findAid(tenantId: string, aidId: string) {
  return db.installationAid.findFirst({ where: { id: aidId.slice(0, 40), tenantId } });
}

/** Profession and practice mode labels in the reader's language, for the aid form. */
export async function aidLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("requests");
  return Object.fromEntries([
    ...PROFESSIONS.map((p) => [p, t(`professions.${p}`)]),
    ...PRACTICE_MODES.map((m) => [m, t(`practiceModes.${m}`)]),
  ]);
}
