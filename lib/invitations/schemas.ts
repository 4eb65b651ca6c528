import { z } from "zod";

import { ROLES } from "@/lib/tenancy/permissions";

export const EmailSchema = z
  .string({ message: "errors.required" })
  .trim()
  .toLowerCase()
  .min(1, { message: "errors.required" })
  .max(254, { message: "errors.email.tooLong" })
  .pipe(z.email({ message: "errors.email.invalid" }));

export const RoleSchema = z.enum(ROLES, { message: "errors.role.invalid" });

export const ZInvitation = z.object({ email: EmailSchema, role: RoleSchema });
export type TInvitationInput = z.input<typeof ZInvitation>;
export type TInvitation = z.output<typeof ZInvitation>;

export const INVITATION_VALID_DAYS = 7;
