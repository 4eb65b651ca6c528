import { z } from "zod";

import { emailField } from "@/lib/forms/fields";
import { ROLES } from "@/lib/tenancy/permissions";

export const EmailSchema = emailField;

export const RoleSchema = z.enum(ROLES, { message: "errors.role.invalid" });

export const ZInvitation = z.object({ email: EmailSchema, role: RoleSchema });
export type TInvitationInput = z.input<typeof ZInvitation>;
export type TInvitation = z.output<typeof ZInvitation>;

export const ZRevokeInvitation = z.object({ invitationId: z.string().min(1).max(40) });

export const INVITATION_VALID_DAYS = 7;
