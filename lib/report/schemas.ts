import { z } from "zod";

const text = z.string().trim().max(5000, { message: "errors.tooLong" });

export const REPORT_YEARS = { min: 2000, max: 2100 } as const;

/** The coordinator's texts of one year's activity report. */
export const ZReportTexts = z.object({
  year: z.number().int().min(REPORT_YEARS.min).max(REPORT_YEARS.max),
  context: text,
  highlights: text,
  outlook: text,
});
export type TReportTextsInput = z.input<typeof ZReportTexts>;

/** ?year= of the report page: a bad value means the current year, never an error page. */
export const ZReportYear = z.coerce
  .number()
  .int()
  .min(REPORT_YEARS.min)
  .max(REPORT_YEARS.max)
  .optional()
  .catch(undefined);
