import { z } from "zod";

import { NEED_TYPES, PROFESSIONS } from "./intake-schema";

const STAGE_VALUES = ["NEW", "QUALIFIED", "IN_PROGRESS", "INSTALLED", "MEMBER", "CLOSED"] as const;

/** Query string of the request list: anything unexpected falls back to "no filter". */
export const ZRequestFilters = z.object({
  stage: z.enum(STAGE_VALUES).optional().catch(undefined),
  profession: z.enum(PROFESSIONS).optional().catch(undefined),
  need: z.enum(NEED_TYPES).optional().catch(undefined),
  arrival: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional()
    .catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  mine: z.enum(["1"]).optional().catch(undefined),
  priority: z.enum(["1"]).optional().catch(undefined),
  assignee: z.string().max(40).optional().catch(undefined),
  sort: z.enum(["newest", "oldest", "arrival"]).catch("newest"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  view: z.enum(["table", "board"]).catch("table"),
});
export type TRequestFilters = z.output<typeof ZRequestFilters>;
