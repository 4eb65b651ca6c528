"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { ok } from "@/lib/forms/result";
import { formatDateTime, localDateTimeToInstant } from "@/lib/i18n/format";
import { announceToMembers } from "@/lib/members/announce";
import { tenantAction } from "@/lib/tenancy/action";
import type { SignedInTenantContext } from "@/lib/tenancy/guard";

import { createCalendarFeed, revokeCalendarFeed } from "./calendar";
import { inviteNewcomer, unregisterNewcomer } from "./newcomers";
import { cancelRegistration, registerForEvent, updateEventDetails } from "./registration";
import {
  ZEventInput,
  ZEventMessage,
  ZEventOnly,
  ZEventUpdate,
  ZInviteNewcomer,
  ZNewcomerEvent,
  ZRegister,
} from "./schemas";
import { cancelEvent, emailRegistrants, toggleCheckIn } from "./staff";

export const createEventAction = tenantAction("events.manage", ZEventInput, async ({ tenant, user }, input) => {
  const event = await db.$transaction(
    async (tx) => {
      const created = await tx.event.create({
        data: {
          tenantId: tenant.id,
          ...eventData(input, tenant.timeZone),
          status: input.publish ? "PUBLISHED" : "DRAFT",
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        tenantId: tenant.id,
        actorId: user.id,
        action: "event.created",
        targetType: "Event",
        targetId: created.id,
        details: { title: input.title },
      });
      if (input.publish) await announceEvent(tx, tenant, { ...input, eventId: created.id });
      return created;
    },
    { timeout: 60_000 },
  );
  revalidatePath(`/${tenant.slug}/admin/events`);
  return ok({ id: event.id }, "events.created");
});

export const updateEventAction = tenantAction("events.manage", ZEventUpdate, async (ctx, input) => {
  await updateEventDetails(
    ctx,
    { eventId: input.eventId, changes: { ...eventData(input, ctx.tenant.timeZone), publish: input.publish } },
    { onPublished: (tx) => announceEvent(tx, ctx.tenant, input) },
  );
  revalidatePath(`/${ctx.tenant.slug}/admin/events`, "layout");
  return ok(undefined, "events.updated");
});

function eventData(input: z.output<typeof ZEventInput>, timeZone: string) {
  const at = (local: string) => localDateTimeToInstant(local, timeZone);
  return {
    title: input.title,
    description: input.description,
    kind: input.kind,
    place: input.place,
    audience: input.audience,
    startsAt: at(input.startsAt),
    endsAt: at(input.endsAt),
    registrationDeadline: at(input.registrationDeadline),
    capacity: input.capacity,
    maxCompanions: input.maxCompanions,
    priceMemberCents: Math.round(input.priceMember * 100),
    priceCompanionCents: Math.round(input.priceCompanion * 100),
  };
}

async function announceEvent(
  tx: Tx,
  tenant: SignedInTenantContext["tenant"],
  { eventId, ...input }: z.output<typeof ZEventInput> & { eventId: string },
) {
  const startsAt = localDateTimeToInstant(input.startsAt, tenant.timeZone);
  await announceToMembers(tx, tenant, {
    topic: "events",
    kind: "event.announced",
    compose: (t, dateLocale) => ({
      subject: t("mail.announcement.eventSubject", { title: input.title }),
      paragraphs: [
        t("mail.announcement.eventBody", {
          title: input.title,
          when: formatDateTime(startsAt, tenant.timeZone, dateLocale),
          place: input.place,
        }),
        input.description,
      ].filter(Boolean),
    }),
    path: `/${tenant.slug}/portal/events#event-${eventId}`,
  });
}

export const registerToEventAction = tenantAction("portal.view", ZRegister, async (ctx, input) => {
  const result = await registerForEvent(ctx, {
    who: { tenantId: ctx.tenant.id, membershipId: ctx.membershipId, email: ctx.user.email, locale: ctx.user.locale },
    eventId: input.eventId,
    companions: input.companionIds,
  });
  revalidatePath(`/${ctx.tenant.slug}/portal/events`);
  return ok(result, result.status === "CONFIRMED" ? "events.registered" : "events.waitlisted");
});

export const cancelMyRegistrationAction = tenantAction("portal.view", ZEventOnly, async (ctx, input) => {
  await cancelRegistration(ctx, { who: { membershipId: ctx.membershipId }, eventId: input.eventId });
  revalidatePath(`/${ctx.tenant.slug}/portal/events`);
  return ok(undefined, "events.cancelledRegistration");
});

export const createMyCalendarFeedAction = tenantAction("portal.view", z.object({}), async (ctx) => {
  const url = await createCalendarFeed(ctx.tenant, ctx.membershipId);
  return ok({ url }, "events.feedCreated");
});

export const revokeMyCalendarFeedAction = tenantAction("portal.view", z.object({}), async (ctx) => {
  await revokeCalendarFeed(ctx.tenant.id, ctx.membershipId);
  return ok(undefined, "events.feedRevoked");
});

export const checkInRegistrationAction = tenantAction(
  "events.manage",
  z.object({ registrationId: z.string().min(1).max(40) }),
  async (ctx, input) => {
    const checkedIn = await toggleCheckIn(ctx, input.registrationId);
    revalidatePath(`/${ctx.tenant.slug}/admin/events`, "layout");
    return ok(undefined, checkedIn ? "events.checkedIn" : "events.checkInUndone");
  },
);

export const messageRegistrantsAction = tenantAction("events.manage", ZEventMessage, async (ctx, input) => {
  await emailRegistrants(ctx, input);
  return ok(undefined, "events.messageQueued");
});

export const cancelWholeEventAction = tenantAction("events.manage", ZEventOnly, async (ctx, input) => {
  await cancelEvent(ctx, input.eventId);
  revalidatePath(`/${ctx.tenant.slug}/admin/events`, "layout");
  return ok(undefined, "events.eventCancelled");
});

export const inviteNewcomerToEventAction = tenantAction("requests.manage", ZInviteNewcomer, async (ctx, input) => {
  const result = await inviteNewcomer(ctx, input);
  revalidatePath(`/${ctx.tenant.slug}/admin/requests/${input.requestId}`);
  return ok(result, result.status === "CONFIRMED" ? "events.newcomerRegistered" : "events.newcomerWaitlisted");
});

export const unregisterNewcomerFromEventAction = tenantAction("requests.manage", ZNewcomerEvent, async (ctx, input) => {
  await unregisterNewcomer(ctx, input.requestId, input.eventId);
  revalidatePath(`/${ctx.tenant.slug}/admin/requests/${input.requestId}`);
  return ok(undefined, "events.newcomerUnregistered");
});
