import { z } from "zod";

import { calendarDayField, freeText } from "@/lib/forms/fields";
import { HousingAudience } from "@/lib/generated/prisma/enums";

import { nightsBetween } from "./nights";
import { MAX_NIGHTS } from "./schemas";

/** The search's query string: a bad value means "no search", never an error page. */
const ZSearchParams = z.object({
  arrival: calendarDayField,
  departure: calendarDayField,
  beds: z.coerce.number().int().min(1).max(100).catch(1),
  commune: freeText(100).optional().catch(undefined),
  audience: z.enum(HousingAudience).optional().catch(undefined),
});

export type HousingSearchParams = z.output<typeof ZSearchParams>;

export function parseHousingSearch(raw: Record<string, string | string[] | undefined>): HousingSearchParams | null {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  if (flat.audience === "") delete flat.audience;
  const parsed = ZSearchParams.safeParse(flat);
  if (!parsed.success) return null;
  const nights = nightsBetween(parsed.data.arrival, parsed.data.departure);
  return nights >= 1 && nights <= MAX_NIGHTS ? parsed.data : null;
}
