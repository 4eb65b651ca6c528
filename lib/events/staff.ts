import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ActionError } from "@/lib/forms/result";
import { formatDateTime } from "@/lib/i18n/format";
import { mailDateLocale, mailTranslator, type MailTranslator } from "@/lib/mail/i18n";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { eventNoticeEmail } from "@/lib/mail/templates/event-notice";
import { recordRequestEvent } from "@/lib/requests/timeline";
import type { Actor } from "@/lib/tenancy/actor";

import { csvCell } from "./csv-cell";
import { registrantContact, registrantContactSelect } from "./registrant";

export async function registrationsOf(tenantId: string, eventId: string) {
  const rows = await db.eventRegistration.findMany({
    where: { tenantId, eventId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    orderBy: [{ status: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      companions: true,
      seats: true,
      position: true,
      checkedInAt: true,
      ...registrantContactSelect,
      household: { select: { householdMember: { select: { firstName: true, relation: true } } } },
    },
  });
  return rows.map((r) => ({
    ...r,
    contact: registrantContact(r),
    companionNames: r.household.map((h) => h.householdMember.firstName),
  }));
}

/** Toggles the check-in at the door; only confirmed registrations of this tenant's event. */
export async function toggleCheckIn(actor: Actor, registrationId: string): Promise<boolean> {
  const tenantId = actor.tenant.id;
  const registration = await db.eventRegistration.findFirst({
    where: { id: registrationId, tenantId, status: "CONFIRMED" },
    select: {
      id: true,
      checkedInAt: true,
      requestId: true,
      event: { select: { id: true, title: true, startsAt: true } },
    },
  });
  if (!registration) throw new ActionError("errors.notFound");
  const checkedIn = !registration.checkedInAt;
  await db.$transaction(async (tx) => {
    await tx.eventRegistration.update({
      where: { id: registration.id, tenantId },
      data: { checkedInAt: checkedIn ? new Date() : null },
    });
    if (registration.requestId) {
      // A newcomer's attendance is part of their installation story.
      await recordRequestEvent(tx, {
        tenantId,
        requestId: registration.requestId,
        actorId: actor.user.id,
        actorLabel: actor.user.name ?? actor.user.email,
        type: checkedIn ? "event.attended" : "event.attendance_undone",
        public: checkedIn,
        data: {
          eventId: registration.event.id,
          title: registration.event.title,
          when: formatDateTime(registration.event.startsAt, actor.tenant.timeZone),
        },
      });
    }
  });
  return checkedIn;
}

/** The words of a notice, in one recipient's language (staff messages are sent as typed). */
type Words = (t: MailTranslator, dateLocale: string) => { subject: string; body: string };
type Notice = { eventId: string; kind: string; words: Words };

async function emailEveryone(actor: Actor, { eventId, kind, words }: Notice) {
  const registrations = await registrationsOf(actor.tenant.id, eventId);
  const portalUrl = new URL(`/${actor.tenant.slug}/portal/events`, getEnv().APP_URL).toString();
  const requestsUrl = new URL("/mes-demandes", getEnv().APP_URL).toString();
  await db.$transaction(async (tx) => {
    for (const r of registrations) {
      await queueTenantEmail(tx, {
        tenantId: actor.tenant.id,
        kind,
        to: r.contact.email,
        ...eventNoticeEmail({
          locale: r.contact.locale,
          tenantName: actor.tenant.name,
          ...words(mailTranslator(r.contact.locale), mailDateLocale(r.contact.locale)),
          link: r.contact.newcomerRequestId ? { newcomer: true, requestsUrl } : { newcomer: false, portalUrl },
        }),
      });
    }
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: kind,
      targetType: "Event",
      targetId: eventId,
      details: { recipients: registrations.length },
    });
  });
  return registrations.length;
}

export async function emailRegistrants(
  actor: Actor,
  { eventId, subject, body }: { eventId: string; subject: string; body: string },
) {
  const event = await db.event.findFirst({ where: { id: eventId, tenantId: actor.tenant.id }, select: { id: true } });
  if (!event) throw new ActionError("errors.notFound");
  return emailEveryone(actor, { eventId: event.id, kind: "event.message", words: () => ({ subject, body }) });
}

/** Cancels the event and tells everyone registered or waiting. */
export async function cancelEvent(actor: Actor, eventId: string) {
  const event = await db.event.findFirst({
    where: { id: eventId, tenantId: actor.tenant.id, status: { not: "CANCELLED" } },
    select: { id: true, title: true, startsAt: true },
  });
  if (!event) throw new ActionError("errors.notFound");
  const when = formatDateTime(event.startsAt, actor.tenant.timeZone);
  await db.$transaction(async (tx) => {
    await tx.event.update({ where: { id: event.id, tenantId: actor.tenant.id }, data: { status: "CANCELLED" } });
    // Newcomers invited to it see the cancellation on their request's timeline.
    const newcomers = await tx.eventRegistration.findMany({
      where: {
        tenantId: actor.tenant.id,
        eventId: event.id,
        requestId: { not: null },
        status: { in: ["CONFIRMED", "WAITLISTED"] },
      },
      select: { requestId: true },
    });
    for (const r of newcomers) {
      await recordRequestEvent(tx, {
        tenantId: actor.tenant.id,
        requestId: r.requestId!,
        actorId: actor.user.id,
        actorLabel: actor.tenant.name,
        type: "event.cancelled",
        data: { eventId: event.id, title: event.title, when },
        public: true,
        audit: false,
      });
    }
  });
  return emailEveryone(actor, {
    eventId: event.id,
    kind: "event.cancelled",
    words: (t, dateLocale) => ({
      subject: t("mail.events.cancelledSubject", { title: event.title }),
      body: t("mail.events.cancelledBody", {
        title: event.title,
        when: formatDateTime(event.startsAt, actor.tenant.timeZone, dateLocale),
      }),
    }),
  });
}

type CsvLabel =
  | "name"
  | "email"
  | "type"
  | "status"
  | "companions"
  | "companionNames"
  | "seats"
  | "waitPosition"
  | "checkedIn"
  | "member"
  | "confirmed"
  | "waitlisted"
  | "newcomer";
/** The reader's words and formats: `t` from the `events.csv` catalogue, `locale` for dates. */
type CsvReader = { t(key: CsvLabel, values?: { reference: string }): string; locale: string };

export async function registrationsCsv(
  { tenantId, timeZone }: { tenantId: string; timeZone: string },
  eventId: string,
  { t, locale }: CsvReader,
): Promise<string | null> {
  const event = await db.event.findFirst({ where: { id: eventId, tenantId }, select: { id: true } });
  if (!event) return null;
  const rows = await registrationsOf(tenantId, eventId);
  const header = (
    ["name", "email", "type", "status", "companions", "companionNames", "seats", "waitPosition", "checkedIn"] as const
  ).map((key) => t(key));
  const lines = rows.map((r) => [
    r.contact.name,
    r.contact.email,
    r.contact.reference ? t("newcomer", { reference: r.contact.reference }) : t("member"),
    t(r.status === "CONFIRMED" ? "confirmed" : "waitlisted"),
    r.companions,
    r.companionNames.join(", "),
    r.seats,
    r.position ?? "",
    r.checkedInAt ? formatDateTime(r.checkedInAt, timeZone, locale) : "",
  ]);
  // The BOM lets spreadsheet software read the accents correctly.
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
