import { valuesOf } from "@/lib/forms/enums";
import { Role } from "@/lib/generated/prisma/enums";

export const ROLES = valuesOf(Role);

// The role matrix is data: every check in the product reads it through can().
export const PERMISSIONS = {
  "portal.view": ["COORDINATOR", "STAFF", "MEMBER"],
  "admin.view": ["COORDINATOR", "STAFF"],
  "members.view": ["COORDINATOR", "STAFF"],
  "members.invite.MEMBER": ["COORDINATOR", "STAFF"],
  "members.invite.STAFF": ["COORDINATOR"],
  "members.invite.COORDINATOR": ["COORDINATOR"],
  "members.changeRole": ["COORDINATOR"],
  "members.remove": ["COORDINATOR"],
  "members.manage": ["COORDINATOR", "STAFF"],
  "members.deactivate": ["COORDINATOR"],
  "members.import": ["COORDINATOR", "STAFF"],
  "directory.view": ["COORDINATOR", "STAFF", "MEMBER"],
  "audit.view": ["COORDINATOR"],
  "requests.view": ["COORDINATOR", "STAFF"],
  "requests.manage": ["COORDINATOR", "STAFF"],
  "requests.anonymise": ["COORDINATOR"],
  "emails.view": ["COORDINATOR", "STAFF"],
  "settings.manage": ["COORDINATOR"],
  "events.manage": ["COORDINATOR", "STAFF"],
  "partners.manage": ["COORDINATOR", "STAFF"],
  "report.edit": ["COORDINATOR"],
  "network.manage": ["COORDINATOR", "STAFF"],
  "housing.manage": ["COORDINATOR", "STAFF"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function invitePermission(role: Role): Permission {
  return `members.invite.${role}`;
}
