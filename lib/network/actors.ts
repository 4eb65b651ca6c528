import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import { Prisma } from "@/lib/generated/prisma/client";

import type { TActor } from "./schemas";
import { searchTextOf } from "./search-text";

type Staff = { tenantId: string; userId: string };

/** Keeps the search text in step with the actor's name, people, communes and tags. */
export async function refreshSearchText(tx: Tx, tenantId: string, actorId: string) {
  const actor = await tx.networkActor.findFirstOrThrow({
    where: { id: actorId, tenantId },
    select: { name: true, communes: true, tags: true, address: true, contacts: { select: { name: true, role: true } } },
  });
  await tx.networkActor.update({ where: { id: actorId, tenantId }, data: { searchText: searchTextOf(actor) } });
}

function duplicateName(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw new ActionError("network.errors.duplicateName", "name");
  throw error;
}

export async function createActor(staff: Staff, input: TActor): Promise<{ id: string }> {
  return db
    .$transaction(async (tx) => {
      const actor = await tx.networkActor.create({
        data: { ...input, tenantId: staff.tenantId, searchText: searchTextOf(input) },
        select: { id: true },
      });
      await recordAudit(tx, {
        tenantId: staff.tenantId,
        actorId: staff.userId,
        action: "network.actor.created",
        targetType: "NetworkActor",
        targetId: actor.id,
        details: { name: input.name },
      });
      return actor;
    })
    .catch(duplicateName);
}

export async function updateActor(staff: Staff, actorId: string, input: TActor): Promise<void> {
  await db
    .$transaction(async (tx) => {
      const { count } = await tx.networkActor.updateMany({
        where: { id: actorId, tenantId: staff.tenantId },
        data: input,
      });
      if (count === 0) throw new ActionError("errors.notFound");
      await refreshSearchText(tx, staff.tenantId, actorId);
      await recordAudit(tx, {
        tenantId: staff.tenantId,
        actorId: staff.userId,
        action: "network.actor.updated",
        targetType: "NetworkActor",
        targetId: actorId,
      });
    })
    .catch(duplicateName);
}

export async function addContact(
  staff: Staff,
  input: { actorId: string; name: string; role: string; phone: string; email: string; reachHint: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const actor = await tx.networkActor.findFirst({ where: { id: input.actorId, tenantId: staff.tenantId } });
    if (!actor) throw new ActionError("errors.notFound");
    const contact = await tx.networkContact.create({ data: { ...input, tenantId: staff.tenantId } });
    await refreshSearchText(tx, staff.tenantId, input.actorId);
    await recordAudit(tx, {
      tenantId: staff.tenantId,
      actorId: staff.userId,
      action: "network.contact.added",
      targetType: "NetworkActor",
      targetId: input.actorId,
      details: { contactId: contact.id },
    });
  });
}

export async function removeContact(staff: Staff, contactId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const contact = await tx.networkContact.findFirst({
      where: { id: contactId, tenantId: staff.tenantId },
      select: { actorId: true },
    });
    if (!contact) throw new ActionError("errors.notFound");
    await tx.networkContact.delete({ where: { id: contactId } });
    await refreshSearchText(tx, staff.tenantId, contact.actorId);
    await recordAudit(tx, {
      tenantId: staff.tenantId,
      actorId: staff.userId,
      action: "network.contact.removed",
      targetType: "NetworkActor",
      targetId: contact.actorId,
      details: { contactId },
    });
  });
}
