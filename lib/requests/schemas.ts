import { z } from "zod";

import { emailField as EmailSchema, optionalCalendarDayField, phoneField } from "@/lib/forms/fields";
import { ClosingReason, NeedStatus, RequestStage } from "@/lib/generated/prisma/enums";

const id = z.string().min(1).max(40);
const body = z
  .string({ message: "errors.required" })
  .trim()
  .min(1, { message: "errors.required" })
  .max(5000, { message: "errors.tooLong" });
const optionalDate = optionalCalendarDayField.optional();

export const ZChangeStage = z
  .object({
    requestId: id,
    to: z.enum(RequestStage, { message: "errors.choose" }),
    closingReason: z.enum(ClosingReason, { message: "errors.choose" }).optional().or(z.literal("")),
    closingNote: z.string().trim().max(1000, { message: "errors.tooLong" }).optional(),
  })
  .refine((v) => v.to !== "CLOSED" || !!v.closingReason, {
    message: "requests.errors.closingReasonRequired",
    path: ["closingReason"],
  });
export type TChangeStageInput = z.input<typeof ZChangeStage>;

export const ZRequestText = z.object({ requestId: id, body });
export type TRequestTextInput = z.input<typeof ZRequestText>;

export const ZUpdateNeed = z.object({
  needId: id,
  status: z.enum(NeedStatus, { message: "errors.choose" }),
  assigneeId: z.string().max(40).optional().or(z.literal("")),
  dueDate: optionalDate,
});
export type TUpdateNeedInput = z.input<typeof ZUpdateNeed>;

export const ZAssign = z.object({ requestId: id, assigneeId: z.string().max(40).optional().or(z.literal("")) });
export type TAssignInput = z.input<typeof ZAssign>;

export const ZRequestOnly = z.object({ requestId: id });
export const ZRequestPriority = z.object({ requestId: id, priority: z.boolean() });

// Newcomer side: the token in the URL is the only credential.
export const ZTrackingToken = z.object({ token: z.string().max(100) });
export const ZNewcomerReply = z.object({ token: z.string().max(100), body });
export type TNewcomerReplyInput = z.input<typeof ZNewcomerReply>;
export const ZNewcomerContact = z.object({
  token: z.string().max(100),
  email: EmailSchema,
  phone: phoneField,
  desiredArrivalDate: optionalDate,
});
export type TNewcomerContactInput = z.input<typeof ZNewcomerContact>;
