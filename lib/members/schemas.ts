import { z } from "zod";

import { valuesOf } from "@/lib/forms/enums";
import { calendarDayField, freeText, optionalPhoneField, pageNumber } from "@/lib/forms/fields";
import { HouseholdRelation, LeavingReason, MembershipStatus, Profession, Role } from "@/lib/generated/prisma/enums";
import { RoleSchema } from "@/lib/invitations/schemas";

export const ZMembershipId = z.string({ message: "errors.invalid" }).min(1).max(40);

export const ZChangeRole = z.object({ membershipId: ZMembershipId, role: RoleSchema });
export const ZRemoveMember = z.object({ membershipId: ZMembershipId });

export const ZMembersQuery = z.object({
  page: pageNumber,
  q: freeText(100).catch(""),
});

export const PROFESSIONS = valuesOf(Profession);
const text = (max: number) => z.string().trim().max(max, { message: "errors.tooLong" });
const phone = optionalPhoneField;
const optionalProfession = z.union([z.enum(PROFESSIONS), z.literal("")], { message: "errors.choose" });

/** What a member edits about themselves in "my profile". */
export const ZProfile = z.object({
  name: z.string().trim().min(2, { message: "errors.required" }).max(100, { message: "errors.tooLong" }),
  phone,
  profession: optionalProfession,
  specialty: text(100),
  practicePlace: text(120),
  directoryOptIn: z.boolean(),
  notifyEvents: z.boolean(),
  notifyOffers: z.boolean(),
});
export type TProfileInput = z.input<typeof ZProfile>;

export const ZHouseholdMember = z.object({
  relation: z.enum(HouseholdRelation, { message: "errors.choose" }),
  firstName: z.string().trim().min(1, { message: "errors.required" }).max(60, { message: "errors.tooLong" }),
  birthYear: z.union([
    z.literal(""),
    z.coerce
      .number({ message: "profile.errors.birthYear" })
      .int({ message: "profile.errors.birthYear" })
      .min(1900, { message: "profile.errors.birthYear" })
      .max(2100, { message: "profile.errors.birthYear" }),
  ]),
});
export type THouseholdMemberInput = z.input<typeof ZHouseholdMember>;
export const ZHouseholdMemberId = z.object({ householdMemberId: ZMembershipId });

/** What staff edit on a member's page. */
export const ZStaffMemberEdit = z.object({
  membershipId: ZMembershipId,
  phone,
  profession: optionalProfession,
  specialty: text(100),
  practicePlace: text(120),
  arrivalDate: z.union([z.literal(""), z.iso.date({ message: "errors.date" })]),
  requestReference: text(40),
  notes: text(5000),
});
export type TStaffMemberEditInput = z.input<typeof ZStaffMemberEdit>;

export const ZDues = z.object({
  membershipId: ZMembershipId,
  year: z.number().int().min(2000).max(2100),
  paid: z.boolean(),
});
/** A member leaving the territory's practice (demographic watch): the day and the reason. */
export const ZMemberDeparture = z.object({
  membershipId: ZMembershipId,
  leftAt: calendarDayField,
  reason: z.enum(LeavingReason, { message: "errors.choose" }),
});
export type TMemberDepartureInput = z.input<typeof ZMemberDeparture>;

export const ZMemberStatus = z.object({ membershipId: ZMembershipId, active: z.boolean() });

const pick = <T extends string>(values: readonly T[]) =>
  z
    .enum(values as [T, ...T[]])
    .optional()
    .catch(undefined);
export const ZMemberFilters = z.object({
  page: pageNumber,
  q: freeText(100).catch(""),
  profession: pick(PROFESSIONS),
  status: z.enum(MembershipStatus).catch("ACTIVE"),
  role: z.enum(Role).optional().catch(undefined),
  duesYear: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  dues: pick(["paid", "unpaid"] as const),
});
export type TMemberFilters = z.output<typeof ZMemberFilters>;

export const ZDirectoryQuery = z.object({
  page: pageNumber,
  q: freeText(100).catch(""),
  profession: pick(PROFESSIONS),
  place: freeText(100).catch(""),
});
export type TDirectoryQuery = z.output<typeof ZDirectoryQuery>;

export const ZImportMembers = z.object({
  csv: z
    .string({ message: "memberImport.errors.noFile" })
    .min(1, { message: "memberImport.errors.noFile" })
    .max(1_000_000, { message: "memberImport.errors.fileTooLarge" }),
  mode: z.enum(["strict", "validOnly"], { message: "errors.choose" }),
  dryRun: z.boolean(),
});
export type TImportMembersInput = z.input<typeof ZImportMembers>;
