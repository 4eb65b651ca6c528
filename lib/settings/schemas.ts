import { z } from "zod";

export const ZTenantSettings = z.object({
  firstResponseDays: z.coerce
    .number({ message: "errors.number" })
    .int({ message: "errors.number" })
    .min(1, { message: "settings.errors.days" })
    .max(20, { message: "settings.errors.days" }),
  /** Referrals without an actor's answer after this many working days go to the daily digest (issue 12). */
  referralReminderDays: z.coerce
    .number({ message: "errors.number" })
    .int({ message: "errors.number" })
    .min(1, { message: "settings.errors.days" })
    .max(20, { message: "settings.errors.days" })
    .optional(),
  referencePrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,10}$/, { message: "settings.errors.prefix" }),
  welcomeText: z.string().trim().max(3000, { message: "errors.tooLong" }),
  commitmentText: z.string().trim().min(10, { message: "errors.required" }).max(1000, { message: "errors.tooLong" }),
});
export type TTenantSettingsInput = z.input<typeof ZTenantSettings>;
