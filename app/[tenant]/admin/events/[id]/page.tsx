import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { EventForm } from "@/components/events/EventForm";
import { CancelEventButton, CheckInButton, MessageRegistrantsForm } from "@/components/events/StaffEventTools";
import { BackLink } from "@/components/ui/BackLink";
import { getStaffEvent } from "@/lib/events/queries";
import { registrationsOf } from "@/lib/events/staff";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDateTime, formatTime, instantToLocalDateTime } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { announcementAudience } from "@/lib/members/announce";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("event");

/** Usable on a phone at the door: one line per registration with a large check-in button. */
export default async function StaffEventPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug, id } = await params;
  const { tenant } = await requireTenantPage(slug, "events.manage", `/${slug}/admin/events/${id}`);
  const event = await getStaffEvent(tenant.id, id);
  if (!event) notFound();
  const t = await getTranslations("events");
  const registrations = await registrationsOf(tenant.id, event.id);
  const confirmed = registrations.filter((r) => r.status === "CONFIRMED");
  const waiting = registrations.filter((r) => r.status === "WAITLISTED");
  const seats = confirmed.reduce((n, r) => n + r.seats, 0);
  return (
    <ClientMessages namespaces={["events"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/events`}>{t("back")}</BackLink>
        <header>
          <h1 className="page-title wrap-anywhere">{event.title}</h1>
          <p>
            {formatDateTime(event.startsAt, tenant.timeZone, dateLocale)} — {event.place} ·{" "}
            {t(`status.${event.status}`)}
          </p>
          <p className="font-medium">
            {t("seats", {
              confirmed: seats,
              capacity: event.capacity,
              waitingRegistrations: waiting.length,
              waitingSeats: waiting.reduce((n, r) => n + r.seats, 0),
            })}
          </p>
          <p className="mt-2 flex flex-wrap gap-4">
            <a className="link" href={`/${tenant.slug}/admin/events/${event.id}/registrations.csv`} download>
              {t("exportCsv")}
            </a>
          </p>
        </header>
        <section aria-labelledby="confirmed" className="card">
          <h2 id="confirmed" className="text-xl font-semibold">
            {t("confirmedList")}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {confirmed.map((r) => {
              const name = r.contact.name || r.contact.email;
              return (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  {/* A name or address with no spaces must wrap, not push the page sideways on a phone. */}
                  <span className="min-w-0 wrap-anywhere">
                    {name}
                    {r.contact.reference ? ` (${t("newcomer")})` : ""} · {t("seatCount", { count: r.seats })}
                    {r.companionNames.length ? ` · ${t("with", { names: r.companionNames.join(", ") })}` : ""}
                    {r.checkedInAt
                      ? ` · ${t("arrivedAt", { time: formatTime(r.checkedInAt, tenant.timeZone, dateLocale) })}`
                      : ""}
                  </span>
                  <CheckInButton
                    tenantSlug={tenant.slug}
                    registrationId={r.id}
                    name={name}
                    checkedIn={!!r.checkedInAt}
                  />
                </li>
              );
            })}
          </ul>
        </section>
        {waiting.length ? (
          <section aria-labelledby="waiting" className="card">
            <h2 id="waiting" className="text-xl font-semibold">
              {t("waitingList")}
            </h2>
            <ol className="mt-2 list-inside list-decimal wrap-anywhere">
              {waiting.map((r) => (
                <li key={r.id}>
                  {r.contact.name || r.contact.email}
                  {r.contact.reference ? ` (${t("newcomer")})` : ""} · {t("seatCount", { count: r.seats })}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {event.status !== "CANCELLED" ? (
          <details className="card">
            <summary className="cursor-pointer text-lg font-semibold">
              {event.status === "DRAFT" ? t("editOrPublish") : t("edit")}
            </summary>
            <div className="mt-4">
              <EventForm
                tenantSlug={tenant.slug}
                timeZone={tenant.timeZone}
                audience={await announcementAudience(tenant.id, "events")}
                editing={{
                  id: event.id,
                  isDraft: event.status === "DRAFT",
                  values: {
                    title: event.title,
                    description: event.description,
                    kind: event.kind,
                    place: event.place,
                    audience: event.audience,
                    startsAt: instantToLocalDateTime(event.startsAt, tenant.timeZone),
                    endsAt: instantToLocalDateTime(event.endsAt, tenant.timeZone),
                    registrationDeadline: instantToLocalDateTime(event.registrationDeadline, tenant.timeZone),
                    capacity: event.capacity,
                    maxCompanions: event.maxCompanions,
                    priceMember: event.priceMemberCents / 100,
                    priceCompanion: event.priceCompanionCents / 100,
                    publish: false,
                  },
                }}
              />
            </div>
          </details>
        ) : null}
        <section className="card">
          <MessageRegistrantsForm tenantSlug={tenant.slug} eventId={event.id} />
        </section>
        {event.status !== "CANCELLED" ? (
          <section className="card">
            <CancelEventButton tenantSlug={tenant.slug} eventId={event.id} />
          </section>
        ) : null}
      </div>
    </ClientMessages>
  );
}
