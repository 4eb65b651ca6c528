import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Every change to a request lands on its timeline and, when made by staff, in the audit log too. */
export async function recordRequestEvent(
  tx: Tx,
  e: {
    tenantId: string;
    requestId: string;
    actorId: string | null;
    actorLabel: string;
    type: string;
    data?: Prisma.InputJsonValue;
    public?: boolean;
    audit?: boolean;
  },
) {
  await tx.requestEvent.create({
    data: {
      tenantId: e.tenantId,
      requestId: e.requestId,
      actorId: e.actorId,
      actorLabel: e.actorLabel,
      type: e.type,
      data: e.data ?? {},
      public: e.public ?? false,
    },
  });
  if (e.audit ?? true) {
    await recordAudit(tx, {
      tenantId: e.tenantId,
      actorId: e.actorId,
      action: e.type,
      targetType: "InstallationRequest",
      targetId: e.requestId,
      details: e.data ?? {},
    });
  }
}
