import { z } from "zod";

import { valuesOf } from "@/lib/forms/enums";
import { calendarDayField, pageNumber, searchText } from "@/lib/forms/fields";
import { Audience, PartnerCategory } from "@/lib/generated/prisma/enums";

export const PARTNER_CATEGORIES = valuesOf(PartnerCategory);
const text = (max: number) => z.string().trim().max(max, { message: "errors.tooLong" });
const required = (max: number) => text(max).min(2, { message: "errors.required" });

export const ZPartner = z.object({
  name: required(120),
  category: z.enum(PARTNER_CATEGORIES, { message: "errors.choose" }),
  address: text(200),
  phone: text(30),
  // A web address only: javascript:, data: or file: links would run or open something else.
  website: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .max(300)
      .pipe(z.url({ protocol: /^https?$/, message: "offers.errors.url" })),
  ]),
  /** An image already online (the partner's site): we store no files. */
  logoUrl: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .url({ message: "offers.errors.url" })
      .max(500)
      .refine((u) => u.startsWith("https://"), { message: "offers.errors.https" }),
  ]),
  contactPerson: text(120),
  notes: text(2000),
});
export type TPartnerInput = z.input<typeof ZPartner>;
export const ZPartnerUpdate = ZPartner.extend({ partnerId: z.string().min(1).max(40) });

const isoDate = calendarDayField;
const offerFields = {
  partnerId: z.string().min(1, { message: "errors.choose" }).max(40),
  title: required(120),
  description: text(2000),
  discount: required(60),
  howToClaim: required(500),
  conditions: text(1000),
  validFrom: isoDate,
  validUntil: z.union([z.literal(""), isoDate]),
  audience: z.enum(Audience, { message: "errors.choose" }),
  publish: z.boolean(),
};
const withValidity = <T extends z.ZodType<{ validFrom: string; validUntil: string }>>(schema: T) =>
  schema.refine((v) => !v.validUntil || v.validUntil >= v.validFrom, {
    message: "errors.dateOrder",
    path: ["validUntil"],
  });

export const ZOffer = withValidity(z.object(offerFields));
/** Editing: `publish` turns a draft into a published offer. */
export const ZOfferUpdate = withValidity(z.object({ ...offerFields, offerId: z.string().min(1).max(40) }));
export const ZOfferStatus = z.object({ offerId: z.string().min(1).max(40), status: z.enum(["PUBLISHED", "ARCHIVED"]) });
export type TOfferInput = z.input<typeof ZOffer>;

export const ZOffersQuery = z.object({
  category: z.enum(PARTNER_CATEGORIES).optional().catch(undefined),
  q: searchText,
});

/** The portal's list: the same filters and `?page=N` (anything else is the first page, as the members list). */
export const ZPortalOffersQuery = ZOffersQuery.extend({ page: pageNumber });
export type TPortalOffersQuery = z.output<typeof ZPortalOffersQuery>;
