import { z } from "zod";

import { dayRangeFilter, enumFilter, monthFilter, pageNumber, searchText } from "@/lib/forms/fields";
import { NeedType, Profession, RequestStage } from "@/lib/generated/prisma/enums";

/** Query string of the request list: anything unexpected falls back to "no filter". */
export const ZRequestFilters = z.object({
  stage: enumFilter(RequestStage),
  profession: enumFilter(Profession),
  need: enumFilter(NeedType),
  arrival: monthFilter,
  /** Sent, or installed, within these days of the tenant's calendar (the indicators link here). */
  created: dayRangeFilter,
  installed: dayRangeFilter,
  q: searchText,
  mine: z.enum(["1"]).optional().catch(undefined),
  priority: z.enum(["1"]).optional().catch(undefined),
  assignee: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(["newest", "oldest", "arrival"]).catch("newest"),
  page: pageNumber,
  view: z.enum(["table", "board"]).catch("table"),
});
export type TRequestFilters = z.output<typeof ZRequestFilters>;
