import { z } from "zod";

import { isValidTimeZone } from "@/lib/i18n/format";
import { EmailSchema } from "@/lib/invitations/schemas";
import { SlugSchema } from "@/lib/tenancy/slug";

export const ZCreateTenant = z.object({
  slug: SlugSchema,
  name: z.string().trim().min(3, { message: "errors.required" }).max(120, { message: "errors.tooLong" }),
  region: z.string().trim().min(2, { message: "errors.required" }).max(80, { message: "errors.tooLong" }),
  timeZone: z.string().trim().refine(isValidTimeZone, { message: "errors.timeZone" }),
  contactEmail: EmailSchema,
  coordinatorEmail: EmailSchema,
});
export type TCreateTenantInput = z.input<typeof ZCreateTenant>;

export const TIME_ZONES = [
  "Europe/Paris",
  "America/Cayenne",
  "America/Martinique",
  "America/Guadeloupe",
  "Indian/Reunion",
  "Indian/Mayotte",
  "Pacific/Noumea",
  "Pacific/Tahiti",
] as const;
