import { z } from "zod";
import { RoleSchema } from "@/lib/invitations/schemas";

export const ZMembershipId = z.string({ message: "errors.invalid" }).min(1).max(40);

export const ZChangeRole = z.object({ membershipId: ZMembershipId, role: RoleSchema });
export const ZRemoveMember = z.object({ membershipId: ZMembershipId });

export const ZMembersQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: z.string().trim().max(100).catch(""),
});
