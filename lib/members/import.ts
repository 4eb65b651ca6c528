import { randomUUID } from "node:crypto";

import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/tenancy/actor";

import { checkImport, type ImportReport } from "./import-rules";

export type ImportMode = "strict" | "validOnly";

/**
 * Checks the file, then (unless `dryRun`) creates the valid lines in one transaction: in strict mode
 * nothing is imported when any line has an error; in validOnly mode the valid lines are.
 * Imported people sign in with their email address like everyone else: their account is ready.
 */
const ANALYZE_AFTER_ROWS = 200;

export async function importMembers(
  actor: Actor,
  text: string,
  { mode, dryRun }: { mode: ImportMode; dryRun: boolean },
): Promise<ImportReport> {
  const existing = await db.membership.findMany({
    where: { tenantId: actor.tenant.id },
    select: { user: { select: { email: true } } },
  });
  const { report, members } = checkImport(text, new Set(existing.map((m) => m.user.email)));
  if (report.fileErrors.length || (mode === "strict" && report.invalid > 0)) return { ...report, blocked: true };
  if (dryRun || members.length === 0) return report;

  await db.$transaction(
    async (tx) => {
      const emails = members.map((m) => m.email);
      const users = await tx.user.findMany({
        where: { email: { in: emails } },
        select: { id: true, email: true, name: true },
      });
      const userByEmail = new Map(users.map((u) => [u.email, u]));
      const newUsers = members
        .filter((m) => !userByEmail.has(m.email))
        .map((m) => ({ id: randomUUID(), email: m.email, name: m.name }));
      await tx.user.createMany({ data: newUsers });
      for (const u of newUsers) userByEmail.set(u.email, { ...u });
      const memberships = members.map((m) => ({
        id: randomUUID(),
        tenantId: actor.tenant.id,
        userId: userByEmail.get(m.email)!.id,
        role: "MEMBER" as const,
        profession: m.profession,
        specialty: m.specialty,
        practicePlace: m.practicePlace,
        phone: m.phone,
        arrivalDate: m.arrivalDate,
        // Never from a file: presence in the members' directory is the member's own choice.
        directoryOptIn: false,
      }));
      await tx.membership.createMany({ data: memberships });
      await tx.duesPayment.createMany({
        data: members.flatMap((m, i) =>
          m.duesYears.map((year) => ({ tenantId: actor.tenant.id, membershipId: memberships[i].id, year })),
        ),
      });
      await recordAudit(tx, {
        tenantId: actor.tenant.id,
        actorId: actor.user.id,
        action: "members.imported",
        targetType: "Membership",
        targetId: null,
        details: { imported: members.length, skippedExisting: report.existing, skippedInvalid: report.invalid },
      });
    },
    { timeout: 60_000 },
  );
  // A large import changes the tables' sizes at once: fresh statistics keep the next pages' plans right
  // (autovacuum would analyse them only later).
  if (members.length >= ANALYZE_AFTER_ROWS) await db.$executeRaw`ANALYZE "User", "Membership", "DuesPayment"`;
  return { ...report, imported: members.length };
}
