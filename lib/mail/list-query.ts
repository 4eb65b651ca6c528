import { z } from "zod";

import { valuesOf } from "@/lib/forms/enums";
import { pageNumber } from "@/lib/forms/fields";
import { EmailStatus } from "@/lib/generated/prisma/enums";

export const EMAIL_STATUSES = valuesOf(EmailStatus);

/** Query string of the staff's emails page. */
export const ZEmailsQuery = z.object({
  status: z.enum(EMAIL_STATUSES).optional().catch(undefined),
  page: pageNumber,
});
