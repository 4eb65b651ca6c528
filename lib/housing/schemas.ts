import { z } from "zod";

import { valuesOf } from "@/lib/forms/enums";
import { calendarDayField, idField } from "@/lib/forms/fields";
import { HousingAudience, HousingKind, HousingUnitStatus } from "@/lib/generated/prisma/enums";

export const HOUSING_KINDS = valuesOf(HousingKind);
export const HOUSING_AUDIENCES = valuesOf(HousingAudience);
export const HOUSING_UNIT_STATUSES = valuesOf(HousingUnitStatus);
/** The longest stay one booking may hold (a year and a bit), and the longest option. */
export const MAX_NIGHTS = 400;
export const MAX_OPTION_DAYS = 30;

const text = (max: number) => z.string().trim().max(max, { message: "errors.tooLong" });
const required = (max: number) => text(max).min(1, { message: "errors.required" });
const count = (min: number, max: number) =>
  z.coerce
    .number({ message: "errors.number" })
    .int({ message: "errors.number" })
    .min(min, { message: "errors.number" })
    .max(max, { message: "errors.number" });
/**
 * An optional amount in euros, typed in a text field: "" means none. The client sends the resolver's
 * output (null) to the action, which parses it again: null is accepted too.
 */
const optionalEuros = z.union([
  z.literal("").transform(() => null),
  z.null(),
  z.coerce.number({ message: "errors.number" }).min(0, { message: "errors.number" }).max(100_000, {
    message: "errors.number",
  }),
]);
const optionalNights = z.union([z.literal("").transform(() => null), z.null(), count(1, MAX_NIGHTS)]);

export const ZHousingUnitInput = z
  .object({
    name: required(120),
    kind: z.enum(HousingKind, { message: "errors.choose" }),
    ownerName: text(120),
    ownerContact: text(200),
    commune: required(100),
    area: text(100),
    address: text(300),
    description: text(3000),
    rooms: count(0, 50),
    beds: count(1, 100),
    furnished: z.boolean(),
    accessible: z.boolean(),
    accessibilityNotes: text(500),
    rentMonth: optionalEuros,
    priceNight: optionalEuros,
    deposit: optionalEuros,
    audiences: z.array(z.enum(HousingAudience)).min(1, { message: "housing.errors.audiences" }),
    openToMembers: z.boolean(),
    minNights: optionalNights,
    maxNights: optionalNights,
    houseRules: text(3000),
    status: z.enum(HousingUnitStatus, { message: "errors.choose" }),
  })
  .refine((v) => v.minNights === null || v.maxNights === null || v.maxNights >= v.minNights, {
    message: "housing.errors.stayBounds",
    path: ["maxNights"],
  });
export type THousingUnitInput = z.input<typeof ZHousingUnitInput>;
export type THousingUnit = z.output<typeof ZHousingUnitInput>;
export const ZHousingUnitUpdate = ZHousingUnitInput.and(z.object({ unitId: idField }));
export type THousingUnitUpdateInput = z.input<typeof ZHousingUnitUpdate>;

/** Nights from arrival (included) to departure (excluded). */
const stay = {
  arrival: calendarDayField,
  departure: calendarDayField,
};
function withStayRules<T extends z.ZodType<{ arrival: string; departure: string }>>(schema: T) {
  return schema.refine((v) => v.departure > v.arrival, { message: "housing.errors.departure", path: ["departure"] });
}

/** Staff offer a unit to a newcomer's request: an option the person accepts or declines. */
export const ZOfferHousing = withStayRules(
  z.object({
    ...stay,
    requestId: idField,
    unitId: idField,
    price: optionalEuros,
    optionDays: count(1, MAX_OPTION_DAYS),
    notes: text(1000),
  }),
);
export type TOfferHousingInput = z.input<typeof ZOfferHousing>;

/** Staff book for a named outside person (an intern, a locum who is not a member). */
export const ZBookHousing = withStayRules(
  z.object({
    ...stay,
    unitId: idField,
    guestName: required(120),
    guestContact: required(200),
    audience: z.enum(HousingAudience, { message: "errors.choose" }),
    price: optionalEuros,
    notes: text(1000),
  }),
);
export type TBookHousingInput = z.input<typeof ZBookHousing>;

/** A member asks for dates in the portal. */
export const ZAskHousing = withStayRules(
  z.object({
    ...stay,
    unitId: idField,
    audience: z.enum(HousingAudience, { message: "errors.choose" }),
    message: text(1000),
  }),
);
export type TAskHousingInput = z.input<typeof ZAskHousing>;

export const ZBookingOnly = z.object({ bookingId: idField });
export const ZDecideBooking = z.object({ bookingId: idField, confirm: z.boolean() });

/** The newcomer answers an option from the tracking page: the token is the only credential. */
export const ZAnswerOffer = z.object({
  token: z.string().min(1).max(200),
  bookingId: idField,
  accept: z.boolean(),
});
export const ZPhotoOnly = z.object({ photoId: idField });
