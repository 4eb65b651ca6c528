import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { NewcomerHousing } from "@/components/housing/NewcomerHousing";
import { TrackingNetwork } from "@/components/network/TrackingNetwork";
import { StageProgress } from "@/components/requests/StageProgress";
import { ConfirmButton, ContactForm, ReplyForm } from "@/components/requests/track/NewcomerForms";
import { MessageThread } from "@/components/ui/MessageThread";
import { Timeline } from "@/components/ui/Timeline";
import type { NeedStatus, NeedType, RequestStage } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { translateDynamic } from "@/lib/i18n/dynamic";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { listVisibleOffers } from "@/lib/offers/service";
import { getTrackingPage } from "@/lib/requests/queries";
import { isOpen } from "@/lib/requests/stages";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("track");

type Props = { params: Promise<{ tenant: string; token: string }> };

/** The token is the credential: unknown, revoked, malformed or other-tenant tokens all give the same 404. */
// What the newcomer's forms (contact details, message, withdrawal, deletion, email change) show, with their
// actions' answers: the rest of "requests" (intake, staff, board…) stays on the server (issue 11: HTML size
// of a page rendered for each visit).
const TRACKING_MESSAGES = [
  "requests.track",
  "requests.intake.desiredArrivalDate",
  "requests.intake.email",
  "requests.intake.phone",
  "requests.errors",
  "emailChange",
];

export default async function TrackingPage({ params }: Props) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug, token } = await params;
  const { tenant } = await requireTenantPage(slug, null, `/${slug}`);
  // The request and all it shows in one statement, the offers in a second (issue 11).
  const data = await getTrackingPage(tenant.id, token);
  if (!data) notFound();
  const { request } = data;
  const t = await getTranslations("requests");
  const open = isOpen(request.stage);
  // Newcomers with an open request see their event invitations and the offers partners opened to them.
  const registrations = open ? data.registrations : [];
  const offers = open ? await listVisibleOffers(tenant, "NEWCOMER", {}) : [];
  const tEvents = await getTranslations("events");
  const tOffers = await getTranslations("offers");
  const tEmailChange = await getTranslations("emailChange");
  const pendingEmail = request.emailChange && request.emailChange.expiresAt > new Date() ? request.emailChange : null;
  const eventText = (e: (typeof request.events)[number]) => {
    const data = (e.data ?? {}) as Record<string, string>;
    if (e.type === "stage.changed")
      return t("track.events.stage_changed", { stage: t(`stages.${data.to as RequestStage}`) });
    if (e.type === "need.updated")
      return t("track.events.need_updated", {
        need: t(`needs.${data.needType as NeedType}`),
        status: t(`needStatus.${data.to as NeedStatus}`),
      });
    return translateDynamic(t, `track.events.${e.type.replace(".", "_")}`, data) ?? e.type;
  };
  return (
    <ClientMessages namespaces={TRACKING_MESSAGES}>
      <div className="mx-auto max-w-3xl space-y-6">
        <header>
          <h1 className="page-title">{t("track.title", { reference: request.reference })}</h1>
          <p className="mt-2">{t("track.hello", { firstName: request.firstName, tenant: tenant.name })}</p>
        </header>

        <section aria-labelledby="progress" className="card space-y-3">
          <h2 id="progress" className="text-xl font-semibold">
            {t("track.progress")}
          </h2>
          <StageProgress stage={request.stage} />
          {request.stage === "CLOSED" && request.closingReason ? (
            <p>{t("track.closed", { reason: t(`closingReasons.${request.closingReason}`) })}</p>
          ) : null}
          <h3 className="font-semibold">{t("track.whatNext")}</h3>
          <p>{t(`track.next.${request.stage}`)}</p>
        </section>

        <section aria-labelledby="needs" className="card">
          <h2 id="needs" className="text-xl font-semibold">
            {t("track.needs")}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {request.needs.map((n) => (
              <li key={n.id} className="flex justify-between gap-3 py-2">
                <span>{t(`needs.${n.type}`)}</span>
                <span className="font-medium">{t(`needStatus.${n.status}`)}</span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="messages" className="card space-y-3">
          <h2 id="messages" className="text-xl font-semibold">
            {t("track.messages")}
          </h2>
          <MessageThread
            empty={t("track.noMessages")}
            messages={request.messages.map((m) => ({
              id: m.id,
              tone: m.author === "STAFF" ? "theirs" : "ours",
              heading: `${m.author === "STAFF" ? t("track.fromStaff") : t("track.fromYou")} — ${formatDateTime(m.createdAt, tenant.timeZone, dateLocale)}`,
              body: m.body,
            }))}
          />
          {open ? <ReplyForm tenantSlug={tenant.slug} token={token} /> : null}
        </section>

        <TrackingNetwork tenant={tenant} token={token} open={open} referrals={data.referrals} aids={data.aids} />
        <NewcomerHousing tenant={tenant} token={token} bookings={data.bookings} />

        {registrations.length ? (
          <section aria-labelledby="my-events" className="card space-y-2">
            <h2 id="my-events" className="text-xl font-semibold">
              {t("track.myEvents")}
            </h2>
            <ul className="space-y-2">
              {registrations.map((r) => (
                <li key={r.id}>
                  <span className="font-medium">{r.event.title}</span> —{" "}
                  {formatDateTime(r.event.startsAt, tenant.timeZone, dateLocale)}, {r.event.place}
                  {" · "}
                  {r.status === "CONFIRMED"
                    ? tEvents("regStatus.CONFIRMED")
                    : tEvents("mine.WAITLISTED", { position: r.position ?? 0 })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {offers.length ? (
          <section aria-labelledby="my-offers" className="card space-y-2">
            <h2 id="my-offers" className="text-xl font-semibold">
              {t("track.offers")}
            </h2>
            <p className="text-sm text-slate-700">{t("track.offersIntro")}</p>
            <ul className="divide-y divide-slate-200">
              {offers.map((o) => (
                <li key={o.id} className="space-y-1 py-2">
                  <p>
                    <span className="font-medium">{o.partner.name}</span> — {o.title} :{" "}
                    <span className="font-semibold">{o.discount}</span>
                  </p>
                  {o.howToClaim ? (
                    <p className="text-sm">
                      {tOffers("howTo")} : {o.howToClaim}
                    </p>
                  ) : null}
                  {o.conditions ? <p className="text-sm text-slate-700">{o.conditions}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="updates" className="card">
          <h2 id="updates" className="text-xl font-semibold">
            {t("track.updates")}
          </h2>
          <Timeline
            entries={request.events
              .slice()
              .reverse()
              .map((e) => ({
                id: e.id,
                when: formatDate(e.createdAt, tenant.timeZone, dateLocale),
                text: eventText(e),
              }))}
          />
        </section>

        <section aria-labelledby="details" className="card space-y-3">
          <h2 id="details" className="text-xl font-semibold">
            {t("track.myDetails")}
          </h2>
          {pendingEmail ? (
            <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm">
              {tEmailChange("pending", {
                email: pendingEmail.newEmail,
                date: formatDateTime(pendingEmail.expiresAt, tenant.timeZone, dateLocale),
              })}
            </p>
          ) : null}
          <ContactForm
            tenantSlug={tenant.slug}
            token={token}
            defaults={{
              email: request.email,
              phone: request.phone,
              desiredArrivalDate: request.desiredArrivalDate?.toISOString().slice(0, 10) ?? "",
            }}
          />
        </section>

        <section aria-labelledby="contact" className="card space-y-3">
          <h2 id="contact" className="text-xl font-semibold">
            {t("track.contact")}
          </h2>
          <p>
            <a className="link" href={`mailto:${tenant.contactEmail}?subject=${encodeURIComponent(request.reference)}`}>
              {tenant.contactEmail}
            </a>
          </p>
          <div className="flex flex-wrap gap-6">
            {open ? <ConfirmButton tenantSlug={tenant.slug} token={token} kind="withdraw" /> : null}
            {!request.deletionRequestedAt ? (
              <ConfirmButton tenantSlug={tenant.slug} token={token} kind="deletion" />
            ) : (
              <p>{t("track.deletionRequested")}</p>
            )}
          </div>
        </section>
      </div>
    </ClientMessages>
  );
}
