import { z } from "zod";

import { valuesOf } from "@/lib/forms/enums";
import { emailField, enumFilter, idField, optionalCalendarDayField, pageNumber, searchText } from "@/lib/forms/fields";
import {
  ActorAnswer,
  AidFunder,
  NeedType,
  NetworkCategory,
  PracticeMode,
  Profession,
  ReferralStatus,
} from "@/lib/generated/prisma/enums";

export const NETWORK_CATEGORIES = valuesOf(NetworkCategory);
export const NEED_TYPES = valuesOf(NeedType);
export const AID_FUNDERS = valuesOf(AidFunder);
export const PROFESSIONS = valuesOf(Profession);
export const PRACTICE_MODES = valuesOf(PracticeMode);

const text = (max: number) => z.string().trim().max(max, { message: "errors.tooLong" });
const required = (max: number) => text(max).min(2, { message: "errors.required" });
const optionalEmail = z.union([z.literal(""), emailField], { message: "errors.email.invalid" });
const webLink = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .max(300)
    .pipe(z.url({ protocol: /^https?$/, message: "network.errors.url" })),
]);

/**
 * "Morlaix, Saint-Martin-des-Champs" → ["Morlaix", "Saint-Martin-des-Champs"]: lists typed as one line.
 * An array is accepted too: the form's resolver hands the action its already parsed values.
 */
export const commaList = z
  .union([z.string().max(1000, { message: "errors.tooLong" }), z.array(z.string().max(80)).max(50)])
  .transform((v) =>
    Array.from(
      new Set(
        (Array.isArray(v) ? v : v.split(/[,;\n]/))
          .map((x) => x.trim())
          .filter(Boolean)
          .map((x) => x.slice(0, 80)),
      ),
    ).slice(0, 50),
  );

export const ZActor = z.object({
  name: required(160),
  category: z.enum(NETWORK_CATEGORIES, { message: "errors.choose" }),
  needTypes: z.array(z.enum(NEED_TYPES)).max(NEED_TYPES.length),
  communes: commaList,
  tags: commaList,
  website: webLink,
  address: text(300),
  phone: text(30),
  email: optionalEmail,
  notes: text(4000),
});
export type TActorInput = z.input<typeof ZActor>;
export type TActor = z.output<typeof ZActor>;
export const ZActorUpdate = ZActor.extend({ actorId: idField });

export const ZContact = z.object({
  actorId: idField,
  name: required(120),
  role: text(120),
  phone: text(30),
  email: optionalEmail,
  reachHint: text(200),
});
export type TContactInput = z.input<typeof ZContact>;
export const ZContactId = z.object({ contactId: idField });
export const ZActorId = z.object({ actorId: idField });

export const ZNetworkQuery = z.object({
  q: searchText,
  category: enumFilter(NetworkCategory),
  need: enumFilter(NeedType),
  commune: searchText,
  tag: searchText,
  page: pageNumber,
});
export type TNetworkQuery = z.output<typeof ZNetworkQuery>;

export const ZImportActors = z.object({
  csv: z.string().min(1, { message: "network.import.errors.empty" }).max(2_000_000, { message: "errors.tooLong" }),
  dryRun: z.boolean(),
});
export type TImportActorsInput = z.input<typeof ZImportActors>;

// ---------- Referrals ----------

export const ZPropose = z.object({ needId: idField, actorId: idField, contactId: z.string().max(40).optional() });
export const ZReferralId = z.object({ referralId: idField });
export const ZReferralNote = z.object({ referralId: idField, note: text(2000) });
export const ZOutcome = z.object({
  referralId: idField,
  status: z.enum([ReferralStatus.HELPED, ReferralStatus.COULD_NOT_HELP, ReferralStatus.NO_ANSWER]),
});
/** The newcomer, on the tracking page: the token is the credential. */
export const ZNewcomerConsent = z.object({ token: z.string().max(100), referralId: idField, accept: z.boolean() });
/** The actor, through the private link of the introduction email. */
export const ZActorAnswer = z
  .object({
    token: z.string().max(100),
    answer: z.enum(ActorAnswer, { message: "errors.choose" }),
    message: text(2000),
  })
  .refine((v) => v.answer !== "MESSAGE" || v.message.length > 0, {
    message: "errors.required",
    path: ["message"],
  });
export type TActorAnswerInput = z.input<typeof ZActorAnswer>;

// ---------- Installation aids ----------

export const ZAid = z
  .object({
    name: required(160),
    funder: z.enum(AID_FUNDERS, { message: "errors.choose" }),
    amount: text(120),
    professions: z.array(z.enum(PROFESSIONS)).max(PROFESSIONS.length),
    practiceModes: z.array(z.enum(PRACTICE_MODES)).max(PRACTICE_MODES.length),
    zones: text(300),
    conditions: text(2000),
    howToApply: text(2000),
    link: webLink,
    validFrom: optionalCalendarDayField,
    validUntil: optionalCalendarDayField,
  })
  .refine((v) => !v.validFrom || !v.validUntil || v.validUntil >= v.validFrom, {
    message: "errors.dateOrder",
    path: ["validUntil"],
  });
export type TAidInput = z.input<typeof ZAid>;
export const ZAidUpdate = z.object({ aidId: idField, aid: ZAid });
export const ZAidId = z.object({ aidId: idField });
export const ZAidSent = z.object({ requestId: idField, aidId: idField });
export const ZAidsQuery = z.object({ profession: enumFilter(Profession) });
