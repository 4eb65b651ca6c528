import { z } from "zod";

import { valuesOf } from "@/lib/forms/enums";
import { calendarDayField, emailField as EmailSchema, phoneField } from "@/lib/forms/fields";
import { NeedType, PracticeMode, Profession } from "@/lib/generated/prisma/enums";

export const PROFESSIONS = valuesOf(Profession);
export const PRACTICE_MODES = valuesOf(PracticeMode);
export const NEED_TYPES = valuesOf(NeedType);
export const ADMIN_PROCEDURES = ["ARS", "CPAM", "ORDRE", "URSSAF", "AUTRE"] as const;
export type NeedTypeKey = (typeof NEED_TYPES)[number];

const required = (max = 120) =>
  z
    .string({ message: "errors.required" })
    .trim()
    .min(1, { message: "errors.required" })
    .max(max, { message: "errors.tooLong" });
const optionalText = (max = 500) =>
  z.string().trim().max(max, { message: "errors.tooLong" }).optional().or(z.literal(""));
const isoDate = calendarDayField;
const money = z.coerce
  .number({ message: "errors.number" })
  .int({ message: "errors.number" })
  .min(0, { message: "errors.number" })
  .max(10_000_000, { message: "errors.number" });

export const ZIdentity = z.object({
  firstName: required(80),
  lastName: required(80),
  email: EmailSchema,
  phone: phoneField,
  profession: z.enum(PROFESSIONS, { message: "errors.choose" }),
  specialty: optionalText(120),
  practiceMode: z.enum(PRACTICE_MODES, { message: "errors.choose" }),
});

export const ZProject = z.object({
  currentCity: required(120),
  currentCountry: required(80),
  desiredArrivalDate: isoDate.optional().or(z.literal("")),
  practiceArea: required(200),
});

export const ZHousehold = z.object({
  hasPartner: z.boolean(),
  partnerProfession: optionalText(120),
  children: z
    .array(
      z.object({
        age: z.coerce
          .number({ message: "errors.number" })
          .int({ message: "errors.number" })
          .min(0, { message: "errors.age" })
          .max(25, { message: "errors.age" }),
      }),
    )
    .max(12),
});

// Each need has its own details; a need is selected when its entry is present.
export const ZNeedDetails = {
  SPOUSE_JOB: z.object({ profession: optionalText(120), notes: optionalText() }),
  TEMPORARY_HOUSING: z
    .object({ from: isoDate, to: isoDate, budget: money, notes: optionalText() })
    .refine((v) => v.from <= v.to, { message: "errors.dateOrder", path: ["to"] }),
  LONG_TERM_HOUSING: z.object({
    mode: z.enum(["RENT", "BUY"], { message: "errors.choose" }),
    budget: money,
    rooms: z.coerce
      .number({ message: "errors.number" })
      .int({ message: "errors.number" })
      .min(1, { message: "errors.number" })
      .max(15, { message: "errors.number" }),
    notes: optionalText(),
  }),
  VEHICLE: z.object({ mode: z.enum(["RENT", "BUY"], { message: "errors.choose" }), notes: optionalText() }),
  SCHOOL: z.object({ levels: required(200), notes: optionalText() }),
  CHILDCARE: z.object({ ages: required(120), atypicalHours: z.boolean(), notes: optionalText() }),
  ADMIN_PROCEDURES: z.object({
    procedures: z.array(z.enum(ADMIN_PROCEDURES)).min(1, { message: "errors.chooseOne" }),
    notes: optionalText(),
  }),
  PRACTICE_PREMISES: z.object({ notes: optionalText() }),
  FINANCIAL_AIDS: z.object({ notes: optionalText() }),
  MENTORING: z.object({ notes: optionalText() }),
  OTHER: z.object({ notes: required(500) }),
} satisfies Record<NeedTypeKey, z.ZodType>;

export const ZNeeds = z
  .object(
    Object.fromEntries(NEED_TYPES.map((t) => [t, ZNeedDetails[t].optional()])) as {
      [K in NeedTypeKey]: z.ZodOptional<(typeof ZNeedDetails)[K]>;
    },
  )
  .refine((needs) => Object.values(needs).some(Boolean), { message: "errors.needs.none", path: ["_any"] });

export const ZIntake = z.object({
  identity: ZIdentity,
  project: ZProject,
  household: ZHousehold,
  needs: ZNeeds,
  message: optionalText(3000),
  consent: z.literal(true, { message: "errors.consent" }),
  commitment: z.literal(true, { message: "errors.commitment" }),
  /** Generated once per draft in the browser: a second submission of the same draft creates nothing. */
  idempotencyKey: z.string().uuid({ message: "errors.invalid" }),
  /** Honeypot: invisible to people, filled in by naive bots. */
  website: z.string().max(500).optional(),
});

export type TIntakeInput = z.input<typeof ZIntake>;
export type TIntake = z.output<typeof ZIntake>;

export const INTAKE_STEPS = ["identity", "project", "household", "needs", "review"] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];
