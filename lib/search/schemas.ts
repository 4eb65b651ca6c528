import { z } from "zod";

import { freeText } from "@/lib/forms/fields";

/** The staff search box: `?q=` of `/{tenant}/admin/search`. */
export const ZSearchQuery = z.object({ q: freeText(100).catch("") });
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

/** Shorter queries match half the database: the page asks for more instead of searching. */
export const SEARCH_MIN_LENGTH = 2;

/** "Anne Le Goff" must find the request of Anne Le Goff: every word has to match one of the fields. */
export function searchWords(q: string): string[] {
  return q.split(/\s+/).filter(Boolean).slice(0, 5);
}
