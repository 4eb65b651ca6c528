import { z } from "zod";

import { valuesOf } from "@/lib/forms/enums";
import { localDateTimeField, pageNumber } from "@/lib/forms/fields";
import { Audience, EventKind } from "@/lib/generated/prisma/enums";

export const EVENT_KINDS = valuesOf(EventKind);
export const AUDIENCES = valuesOf(Audience);
const localDateTime = localDateTimeField;
const euros = z.coerce
  .number({ message: "errors.number" })
  .min(0, { message: "errors.number" })
  .max(10_000, { message: "errors.number" });
const count = (max: number) =>
  z.coerce
    .number({ message: "errors.number" })
    .int({ message: "errors.number" })
    .min(0, { message: "errors.number" })
    .max(max, { message: "errors.number" });

const eventFields = {
  title: z.string().trim().min(3, { message: "errors.required" }).max(120, { message: "errors.tooLong" }),
  description: z.string().trim().max(3000, { message: "errors.tooLong" }),
  kind: z.enum(EVENT_KINDS, { message: "errors.choose" }),
  startsAt: localDateTime,
  endsAt: localDateTime,
  registrationDeadline: localDateTime,
  place: z.string().trim().min(2, { message: "errors.required" }).max(200, { message: "errors.tooLong" }),
  capacity: count(5000).refine((n) => n >= 1, { message: "events.errors.capacity" }),
  priceMember: euros,
  priceCompanion: euros,
  maxCompanions: count(10),
  audience: z.enum(Audience, { message: "errors.choose" }),
  publish: z.boolean(),
};

function withDateRules<T extends z.ZodType<{ startsAt: string; endsAt: string; registrationDeadline: string }>>(
  schema: T,
) {
  return schema
    .refine((v) => v.endsAt > v.startsAt, { message: "errors.dateOrder", path: ["endsAt"] })
    .refine((v) => v.registrationDeadline <= v.startsAt, {
      message: "events.errors.deadlineAfterStart",
      path: ["registrationDeadline"],
    });
}

/** Dates are typed in the tenant's time zone (datetime-local fields) and converted on the server. */
export const ZEventInput = withDateRules(z.object(eventFields));
/** Editing: the same fields; `publish` turns a draft into a published event (never back). */
export const ZEventUpdate = withDateRules(z.object({ ...eventFields, eventId: z.string().min(1).max(40) }));
export type TEventUpdateInput = z.input<typeof ZEventUpdate>;
export type TEventInput = z.input<typeof ZEventInput>;

const id = z
  .string({ message: "errors.invalid" })
  .min(1, { message: "errors.invalid" })
  .max(40, { message: "errors.invalid" });
/** Members choose their companions among their household. */
export const ZRegister = z.object({
  eventId: id,
  companionIds: z.array(id).max(10, { message: "events.errors.tooManyCompanions" }),
});
export const ZInviteNewcomer = z.object({
  requestId: id,
  eventId: z.string().min(1, { message: "errors.choose" }).max(40),
  companions: count(10),
});
export type TInviteNewcomerInput = z.input<typeof ZInviteNewcomer>;
export const ZNewcomerEvent = z.object({ requestId: id, eventId: id });
export type TRegisterInput = z.input<typeof ZRegister>;
export const ZEventOnly = z.object({ eventId: z.string().min(1).max(40) });

export const ZEventMessage = z.object({
  eventId: z.string().min(1).max(40),
  subject: z.string().trim().min(3, { message: "errors.required" }).max(150, { message: "errors.tooLong" }),
  body: z.string().trim().min(3, { message: "errors.required" }).max(5000, { message: "errors.tooLong" }),
});
export type TEventMessageInput = z.input<typeof ZEventMessage>;

/** The portal's events list: `?page=N`; anything else is the first page (the members list's rule). */
export const ZPortalEventsQuery = z.object({ page: pageNumber });
export type TPortalEventsQuery = z.output<typeof ZPortalEventsQuery>;
