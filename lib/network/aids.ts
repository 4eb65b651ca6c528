import type { z } from "zod";

import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import type { PracticeMode, Profession } from "@/lib/generated/prisma/enums";
import { recordRequestEvent } from "@/lib/requests/timeline";

import type { ZAid } from "./schemas";

type Staff = { tenantId: string; userId: string; label: string };
type AidData = z.output<typeof ZAid>;

const day = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);
const toRow = (input: AidData) => ({ ...input, validFrom: day(input.validFrom), validUntil: day(input.validUntil) });

export async function saveAid(staff: Staff, aidId: string | null, input: AidData): Promise<void> {
  await db.$transaction(async (tx) => {
    let id = aidId;
    if (aidId) {
      const { count } = await tx.installationAid.updateMany({
        where: { id: aidId, tenantId: staff.tenantId },
        data: toRow(input),
      });
      if (count === 0) throw new ActionError("errors.notFound");
    } else {
      id = (
        await tx.installationAid.create({ data: { ...toRow(input), tenantId: staff.tenantId }, select: { id: true } })
      ).id;
    }
    await recordAudit(tx, {
      tenantId: staff.tenantId,
      actorId: staff.userId,
      action: aidId ? "aid.updated" : "aid.created",
      targetType: "InstallationAid",
      targetId: id,
      details: { name: input.name },
    });
  });
}

export async function deleteAid(staff: Staff, aidId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.installationAid.deleteMany({ where: { id: aidId, tenantId: staff.tenantId } });
    if (count === 0) throw new ActionError("errors.notFound");
    await recordAudit(tx, {
      tenantId: staff.tenantId,
      actorId: staff.userId,
      action: "aid.deleted",
      targetType: "InstallationAid",
      targetId: aidId,
    });
  });
}

/** Aids in force on a day (calendar days, both included). */
export function inForce(today: Date) {
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: today } }] },
      { OR: [{ validUntil: null }, { validUntil: { gte: today } }] },
    ],
  };
}

/** The aids that fit a profession (and a practice mode): an empty list on the aid means "everyone". */
export async function aidsFor(
  tenantId: string,
  filter: { profession?: Profession; practiceMode?: PracticeMode },
  today: Date,
) {
  const fits = [
    ...inForce(today).AND,
    ...(filter.profession
      ? [{ OR: [{ professions: { isEmpty: true } }, { professions: { has: filter.profession } }] }]
      : []),
    ...(filter.practiceMode
      ? [{ OR: [{ practiceModes: { isEmpty: true } }, { practiceModes: { has: filter.practiceMode } }] }]
      : []),
  ];
  return db.installationAid.findMany({
    where: { tenantId, AND: fits },
    orderBy: { name: "asc" },
    take: 200,
  });
}

/** Staff mark an aid as sent to the newcomer: it shows on the tracking page. */
export async function markAidSent(staff: Staff, requestId: string, aidId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await tx.installationRequest.findFirst({
      where: { id: requestId, tenantId: staff.tenantId, anonymisedAt: null },
      select: { id: true },
    });
    const aid = await tx.installationAid.findFirst({
      where: { id: aidId, tenantId: staff.tenantId },
      select: { id: true, name: true },
    });
    if (!request || !aid) throw new ActionError("errors.notFound");
    const created = await tx.requestAidSent.createMany({
      data: [{ tenantId: staff.tenantId, requestId, aidId }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw new ActionError("network.aids.errors.alreadySent");
    await recordRequestEvent(tx, {
      tenantId: staff.tenantId,
      requestId,
      actorId: staff.userId,
      actorLabel: staff.label,
      type: "aid.sent",
      data: { aid: aid.name },
      public: true,
    });
  });
}
