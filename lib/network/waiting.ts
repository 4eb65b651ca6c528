import { db } from "@/lib/db";
import { addWorkingDays } from "@/lib/requests/stages";

// Loaded by the job worker (daily digest): no server-only, nothing from next/*.

/** Referrals sent to an actor that has not answered after the tenant's delay (working days). */
export async function waitingReferrals(tenant: { id: string; referralReminderDays: number }, now = new Date()) {
  // Working days are never fewer than calendar days: this pre-filter keeps every late referral.
  const earliest = new Date(now.getTime() - tenant.referralReminderDays * 86_400_000);
  const candidates = await db.referral.findMany({
    where: {
      tenantId: tenant.id,
      status: "CONTACTED",
      contactedAt: { lt: earliest },
      request: { anonymisedAt: null },
    },
    select: {
      id: true,
      contactedAt: true,
      actor: { select: { name: true } },
      request: { select: { id: true, reference: true } },
    },
    orderBy: { contactedAt: "asc" },
    take: 500,
  });
  return candidates.filter((r) => addWorkingDays(r.contactedAt!, tenant.referralReminderDays) < now).slice(0, 50);
}
