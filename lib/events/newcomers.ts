import { db, type Tx } from "@/lib/db";
import { ActionError } from "@/lib/forms/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/i18n/format";
import { OPEN_STAGES } from "@/lib/requests/stages";
import { recordRequestEvent } from "@/lib/requests/timeline";
import type { Actor } from "@/lib/tenancy/actor";

import { cancelRegistration, registerForEvent } from "./registration";

async function openRequest(tenantId: string, requestId: string) {
  const request = await db.installationRequest.findFirst({
    where: { id: requestId, tenantId, anonymisedAt: null, stage: { in: [...OPEN_STAGES] } },
    select: { id: true, email: true, firstName: true, locale: true },
  });
  if (!request) throw new ActionError("errors.notFound");
  return request;
}

async function eventSummary(tenantId: string, eventId: string, timeZone: string) {
  const event = await db.event.findFirst({
    where: { id: eventId, tenantId },
    select: { id: true, title: true, startsAt: true },
  });
  if (!event) throw new ActionError("errors.notFound");
  return { eventId: event.id, title: event.title, when: formatDateTime(event.startsAt, timeZone) };
}

/**
 * Staff register a newcomer (and the companions they announced) to an event open to newcomers; the
 * same capacity rules apply as for members, and the request's timeline shows it to both sides.
 */
export async function inviteNewcomer(
  actor: Actor,
  { requestId, eventId, companions }: { requestId: string; eventId: string; companions: number },
) {
  const request = await openRequest(actor.tenant.id, requestId);
  const summary = await eventSummary(actor.tenant.id, eventId, actor.tenant.timeZone);
  const who = { tenantId: actor.tenant.id, requestId: request.id, email: request.email, locale: request.locale };
  return registerForEvent(
    actor,
    { who, eventId, companions },
    {
      then: (tx, result) =>
        recordRequestEvent(tx, {
          tenantId: actor.tenant.id,
          requestId: request.id,
          actorId: actor.user.id,
          actorLabel: actor.user.name ?? actor.user.email,
          type: result.status === "CONFIRMED" ? "event.registered" : "event.waitlisted",
          data: { ...summary, seats: 1 + companions },
          public: true,
        }),
    },
  );
}

export async function unregisterNewcomer(actor: Actor, requestId: string, eventId: string) {
  const request = await db.installationRequest.findFirst({
    where: { id: requestId, tenantId: actor.tenant.id, anonymisedAt: null },
    select: { id: true },
  });
  if (!request) throw new ActionError("errors.notFound");
  const summary = await eventSummary(actor.tenant.id, eventId, actor.tenant.timeZone);
  await cancelRegistration(
    actor,
    { who: { requestId: request.id }, eventId },
    {
      then: (tx) =>
        recordRequestEvent(tx, {
          tenantId: actor.tenant.id,
          requestId: request.id,
          actorId: actor.user.id,
          actorLabel: actor.user.name ?? actor.user.email,
          type: "event.unregistered",
          data: summary,
          public: true,
        }),
    },
  );
}

/** The newcomer's registrations, for their request page (also loaded with the request: lib/requests/queries.ts). */
export const newcomerRegistrationsQuery = (tenantId: string) =>
  ({
    where: { tenantId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    orderBy: { event: { startsAt: "asc" } },
    select: {
      id: true,
      status: true,
      seats: true,
      position: true,
      checkedInAt: true,
      event: { select: { id: true, title: true, startsAt: true, place: true } },
    },
  }) satisfies Prisma.EventRegistrationFindManyArgs;

export async function newcomerRegistrations(tenantId: string, requestId: string) {
  const query = newcomerRegistrationsQuery(tenantId);
  return db.eventRegistration.findMany({ ...query, where: { ...query.where, requestId } });
}

/** Events a newcomer can still be invited to (also loaded with the staff's request page). */
export const eventsOpenToNewcomersQuery = (tenantId: string, now = new Date()) =>
  ({
    where: { tenantId, status: "PUBLISHED", audience: "MEMBERS_AND_NEWCOMERS", registrationDeadline: { gte: now } },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: { id: true, title: true, startsAt: true, maxCompanions: true },
  }) satisfies Prisma.EventFindManyArgs;

export async function eventsOpenToNewcomers(tenantId: string, now = new Date()) {
  return db.event.findMany(eventsOpenToNewcomersQuery(tenantId, now));
}

/**
 * One person, one seat: when a newcomer becomes a member, their registrations become the member's, so
 * "Mes inscriptions" shows them and the event does not offer a second seat. A registration the member
 * already holds for the same event wins; the newcomer's duplicate is cancelled. Runs in the caller's
 * transaction (the invitation's acceptance).
 */
export async function adoptNewcomerRegistrations(
  tx: Tx,
  tenant: { id: string; name: string; timeZone: string },
  { requestId, membershipId }: { requestId: string; membershipId: string },
) {
  const theirs = await tx.eventRegistration.findMany({
    where: { tenantId: tenant.id, requestId },
    select: { id: true, status: true, event: { select: { id: true, title: true, startsAt: true } } },
  });
  for (const registration of theirs) {
    const mine = await tx.eventRegistration.findFirst({
      where: { tenantId: tenant.id, eventId: registration.event.id, membershipId },
      select: { id: true, status: true },
    });
    const active = registration.status !== "CANCELLED";
    if (mine && mine.status !== "CANCELLED") {
      if (active)
        await tx.eventRegistration.update({
          where: { id: registration.id, tenantId: tenant.id },
          data: { status: "CANCELLED", position: null },
        });
      continue;
    }
    // The member's own cancelled row for this event gives way: one row per member and event.
    if (mine) await tx.eventRegistration.delete({ where: { id: mine.id, tenantId: tenant.id } });
    await tx.eventRegistration.update({
      where: { id: registration.id, tenantId: tenant.id },
      data: { membershipId, requestId: null },
    });
    if (!active) continue;
    await recordRequestEvent(tx, {
      tenantId: tenant.id,
      requestId,
      actorId: null,
      actorLabel: tenant.name,
      type: "event.transferred",
      data: {
        eventId: registration.event.id,
        title: registration.event.title,
        when: formatDateTime(registration.event.startsAt, tenant.timeZone),
      },
      public: true,
      audit: false,
    });
  }
}
