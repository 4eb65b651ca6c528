import { z } from "zod";

import { EmailSchema } from "@/lib/invitations/schemas";

const STAGES = ["NEW", "QUALIFIED", "IN_PROGRESS", "INSTALLED", "MEMBER", "CLOSED"] as const;
const REASONS = ["WITHDRAWN", "OUTSIDE_TERRITORY", "NO_ANSWER", "OTHER"] as const;
const NEED_STATUSES = ["TODO", "IN_PROGRESS", "DONE", "NOT_NEEDED"] as const;
const id = z.string().min(1).max(40);
const body = z
  .string({ message: "errors.required" })
  .trim()
  .min(1, { message: "errors.required" })
  .max(5000, { message: "errors.tooLong" });
const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "errors.date" })
  .optional()
  .or(z.literal(""));

export const ZChangeStage = z
  .object({
    requestId: id,
    to: z.enum(STAGES, { message: "errors.choose" }),
    closingReason: z.enum(REASONS, { message: "errors.choose" }).optional().or(z.literal("")),
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
  status: z.enum(NEED_STATUSES, { message: "errors.choose" }),
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
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{6,20}$/, { message: "errors.phone" }),
  desiredArrivalDate: optionalDate,
});
export type TNewcomerContactInput = z.input<typeof ZNewcomerContact>;
