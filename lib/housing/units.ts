import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";

import type { HousingActor } from "./bookings";
import type { THousingUnit } from "./schemas";

const cents = (euros: number | null) => (euros === null ? null : Math.round(euros * 100));

function unitData(input: THousingUnit) {
  return {
    name: input.name,
    kind: input.kind,
    ownerName: input.ownerName,
    ownerContact: input.ownerContact,
    commune: input.commune,
    area: input.area,
    address: input.address,
    description: input.description,
    rooms: input.rooms,
    beds: input.beds,
    furnished: input.furnished,
    accessible: input.accessible,
    accessibilityNotes: input.accessibilityNotes,
    rentMonthCents: cents(input.rentMonth),
    priceNightCents: cents(input.priceNight),
    depositCents: cents(input.deposit),
    audiences: [...new Set(input.audiences)],
    openToMembers: input.openToMembers,
    minNights: input.minNights,
    maxNights: input.maxNights,
    houseRules: input.houseRules,
    status: input.status,
  };
}

export async function createUnit(actor: HousingActor, input: THousingUnit) {
  return db.$transaction(async (tx) => {
    const unit = await tx.housingUnit.create({
      data: { tenantId: actor.tenant.id, ...unitData(input) },
      select: { id: true },
    });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "housing.unit.created",
      targetType: "HousingUnit",
      targetId: unit.id,
      details: { name: input.name },
    });
    return unit;
  });
}

export async function updateUnit(actor: HousingActor, unitId: string, input: THousingUnit) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.housingUnit.updateMany({
      where: { id: unitId, tenantId: actor.tenant.id },
      data: unitData(input),
    });
    if (count === 0) throw new ActionError("errors.notFound");
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "housing.unit.updated",
      targetType: "HousingUnit",
      targetId: unitId,
      details: { name: input.name, status: input.status },
    });
  });
}
