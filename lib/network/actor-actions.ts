"use server";

import { revalidatePath } from "next/cache";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { addContact, createActor, removeContact, updateActor } from "./actors";
import { importActors } from "./import";
import { ZActor, ZActorUpdate, ZContact, ZContactId, ZImportActors } from "./schemas";

export const createActorAction = tenantAction("network.manage", ZActor, async ({ tenant, user }, input) => {
  const actor = await createActor({ tenantId: tenant.id, userId: user.id }, input);
  revalidatePath(`/${tenant.slug}/admin/network`);
  return ok({ id: actor.id }, "network.saved");
});

export const updateActorAction = tenantAction(
  "network.manage",
  ZActorUpdate,
  async ({ tenant, user }, { actorId, ...input }) => {
    await updateActor({ tenantId: tenant.id, userId: user.id }, actorId, input);
    revalidatePath(`/${tenant.slug}/admin/network`, "layout");
    return ok({ id: actorId }, "network.saved");
  },
);

export const addContactAction = tenantAction("network.manage", ZContact, async ({ tenant, user }, input) => {
  await addContact({ tenantId: tenant.id, userId: user.id }, input);
  revalidatePath(`/${tenant.slug}/admin/network/${input.actorId}`);
  return ok(undefined, "network.contactAdded");
});

export const removeContactAction = tenantAction("network.manage", ZContactId, async ({ tenant, user }, input) => {
  await removeContact({ tenantId: tenant.id, userId: user.id }, input.contactId);
  revalidatePath(`/${tenant.slug}/admin/network`, "layout");
  return ok(undefined, "network.contactRemoved");
});

export const importActorsAction = tenantAction("network.manage", ZImportActors, async ({ tenant, user }, input) => {
  const report = await importActors({ tenantId: tenant.id, userId: user.id }, input.csv, input.dryRun);
  if (!input.dryRun && report.imported) revalidatePath(`/${tenant.slug}/admin/network`);
  return ok(
    report,
    report.fileErrors.length
      ? "network.import.blocked"
      : input.dryRun
        ? "network.import.checked"
        : "network.import.done",
  );
});
