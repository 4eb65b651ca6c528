import "server-only";

import { getTranslations } from "next-intl/server";

import { NEED_TYPES } from "./schemas";

/** Need labels in the reader's language, for client forms that do not receive the requests catalogue. */
export async function needLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("requests");
  return Object.fromEntries(NEED_TYPES.map((n) => [n, t(`needs.${n}`)]));
}
