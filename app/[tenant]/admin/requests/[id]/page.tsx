import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { NewcomerInviteForm } from "@/components/events/NewcomerInvite";
import { CheckInHistory } from "@/components/followup/CheckInHistory";
import { ActionButton } from "@/components/forms/ActionButton";
import { RequestHousing } from "@/components/housing/RequestHousing";
import { RequestNetwork } from "@/components/network/RequestNetwork";
import { AnonymiseButton } from "@/components/requests/staff/AnonymiseButton";
import { AssignForm, NeedForm, StageForm, TextForm } from "@/components/requests/staff/StaffForms";
import { TrackingLinkTools } from "@/components/requests/staff/TrackingLinkTools";
import { StageProgress } from "@/components/requests/StageProgress";
import { BackLink } from "@/components/ui/BackLink";
import { Link } from "@/components/ui/Link";
import { MessageThread } from "@/components/ui/MessageThread";
import { Timeline } from "@/components/ui/Timeline";
import { unregisterNewcomerFromEventAction } from "@/lib/events/actions";
import type { NeedStatus, NeedType, RequestStage } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { translateDynamic } from "@/lib/i18n/dynamic";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { describeNeedDetails } from "@/lib/requests/need-details";
import { getRequestPage } from "@/lib/requests/queries";
import { setRequestPriorityAction } from "@/lib/requests/staff-actions";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { can } from "@/lib/tenancy/permissions";

export const generateMetadata = pageMetadata("request");

type Props = {
  params: Promise<{ tenant: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
type Household = { partner?: { profession?: string | null } | null; children?: { age: number }[] };

// What the page's client parts (stage, need, assignee, note and message forms, tracking link tools,
// anonymisation, invitation to an event) show, with their actions' answers: the rest of "requests" and
// "events" (intake, tracking page, board, CSV…) stays on the server (issue 11: 14 KB less HTML per view).
const REQUEST_PAGE_MESSAGES = [
  "requests.staff",
  "requests.stages",
  "requests.needStatus",
  "requests.closingReasons",
  "requests.errors",
  "events.invite",
  "events.errors",
  "events.newcomerRegistered",
  "events.newcomerWaitlisted",
  "events.newcomerUnregistered",
];

export default async function RequestPage({ params, searchParams }: Props) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug, id } = await params;
  const { tenant, role } = await requireTenantPage(slug, "requests.view", `/${slug}/admin/requests/${id}`);
  // The tenant is part of the lookup: another tenant's id is simply not found. The whole page's data in
  // at most four statements (issue 11).
  const data = await getRequestPage(tenant, id.slice(0, 40), {
    housing: can(role, "housing.manage"),
    housingQuery: await searchParams,
  });
  if (!data) notFound();
  const { request, staff, registrations, invitable, followUp, open: requestOpen } = data;
  const locale = await getLocale();
  const t = await getTranslations("requests");
  const tEvents = await getTranslations("events");
  const household = (request.household ?? {}) as Household;
  const eventText = (type: string, data: Record<string, string>) => {
    if (type === "stage.changed")
      return t("staff.events.stage_changed", {
        from: t(`stages.${data.from as RequestStage}`),
        to: t(`stages.${data.to as RequestStage}`),
      });
    if (type === "need.updated")
      return t("staff.events.need_updated", {
        need: t(`needs.${data.needType as NeedType}`),
        to: t(`needStatus.${data.to as NeedStatus}`),
      });
    return translateDynamic(t, `staff.events.${type.replace(".", "_")}`, data) ?? type;
  };

  return (
    <ClientMessages namespaces={REQUEST_PAGE_MESSAGES}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/requests`}>{t("staff.back")}</BackLink>
        <header className="space-y-3">
          <h1 className="page-title">
            {request.reference} — {request.firstName} {request.lastName}
          </h1>
          <p className="flex flex-wrap items-center gap-3">
            {request.priority ? (
              <span className="rounded bg-purple-800 px-2 py-0.5 text-sm font-semibold text-white">
                {t("staff.priority")}
              </span>
            ) : null}
            <ActionButton
              action={setRequestPriorityAction.bind(null, tenant.slug, {
                requestId: request.id,
                priority: !request.priority,
              })}
              label={request.priority ? t("staff.priorityClear") : t("staff.prioritySetButton")}
            />
          </p>
          <StageProgress stage={request.stage} />
          {request.deletionRequestedAt ? (
            <p role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-3">
              {t("staff.deletionRequested", {
                date: formatDate(request.deletionRequestedAt, tenant.timeZone, dateLocale),
              })}
            </p>
          ) : null}
        </header>

        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <section aria-labelledby="summary" className="card space-y-2">
              <h2 id="summary" className="text-xl font-semibold">
                {t("staff.summary")}
              </h2>
              <p>
                {t(`professions.${request.profession}`)}
                {request.specialty ? ` (${request.specialty})` : ""} — {t(`practiceModes.${request.practiceMode}`)}
              </p>
              <p>
                {request.currentCity}, {request.currentCountry} → {request.practiceArea}
                {request.desiredArrivalDate ? ` — ${formatDate(request.desiredArrivalDate, "UTC", dateLocale)}` : ""}
              </p>
              <h3 className="font-semibold">{t("staff.contact")}</h3>
              <p>
                <a className="link" href={`mailto:${request.email}`}>
                  {request.email}
                </a>{" "}
                —{" "}
                <a className="link" href={`tel:${request.phone}`}>
                  {request.phone}
                </a>
              </p>
              <h3 className="font-semibold">{t("staff.household")}</h3>
              <ul className="list-inside list-disc">
                {household.partner ? (
                  <li>{t("staff.partner", { profession: household.partner.profession ?? "—" })}</li>
                ) : null}
                {(household.children ?? []).map((c, i) => (
                  <li key={i}>{t("staff.child", { age: c.age })}</li>
                ))}
              </ul>
              {request.message ? (
                <blockquote className="border-l-4 border-slate-300 pl-3 whitespace-pre-line">
                  {request.message}
                </blockquote>
              ) : null}
            </section>

            <section aria-labelledby="needs" className="card space-y-4">
              <h2 id="needs" className="text-xl font-semibold">
                {t("staff.needs")}
              </h2>
              {request.needs.map((need) => {
                const details = describeNeedDetails(need.details, { t: (key) => t(key as never), locale });
                return (
                  <div key={need.id} className="rounded-md border border-slate-300 p-3">
                    <h3 className="font-semibold">{t(`needs.${need.type}`)}</h3>
                    {details.length ? (
                      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                        {details.map((line) => (
                          <div key={line.field} className="contents">
                            <dt className="text-slate-700">{line.label}</dt>
                            <dd>{line.value}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : null}
                    <div className="mt-3">
                      <NeedForm
                        tenantSlug={tenant.slug}
                        needLabel={t(`needs.${need.type}`)}
                        staff={staff}
                        need={{
                          id: need.id,
                          status: need.status,
                          assigneeId: need.assigneeId,
                          dueDate: need.dueDate?.toISOString().slice(0, 10) ?? "",
                        }}
                      />
                    </div>
                  </div>
                );
              })}
            </section>

            <RequestNetwork tenant={tenant} request={request} open={requestOpen} network={data.network} />
            {followUp ? (
              <CheckInHistory
                tenant={tenant}
                checkIns={followUp.checkIns}
                stoppedAt={followUp.stoppedAt}
                who={`${request.firstName} ${request.lastName}`}
                canAct={can(role, "requests.manage")}
              />
            ) : null}
            {data.housing ? <RequestHousing tenant={tenant} requestId={request.id} housing={data.housing} /> : null}

            <section aria-labelledby="messages" className="card space-y-3">
              <h2 id="messages" className="text-xl font-semibold">
                {t("staff.messages")}
              </h2>
              <MessageThread
                messages={request.messages.map((m) => ({
                  id: m.id,
                  tone: m.author === "STAFF" ? "ours" : "theirs",
                  heading: `${m.author === "STAFF" ? t("staff.message_from_staff") : t("staff.message_from_newcomer")} — ${formatDateTime(m.createdAt, tenant.timeZone, dateLocale)}`,
                  body: m.body,
                }))}
              />
              <TextForm tenantSlug={tenant.slug} requestId={request.id} kind="message" />
            </section>

            <section aria-labelledby="notes" className="card space-y-3">
              <h2 id="notes" className="text-xl font-semibold">
                {t("staff.notes")}
              </h2>
              <MessageThread
                messages={request.notes.map((n) => ({
                  id: n.id,
                  tone: "note",
                  heading: `${n.author?.name ?? n.author?.email ?? "—"} — ${formatDateTime(n.createdAt, tenant.timeZone, dateLocale)}`,
                  body: n.body,
                }))}
              />
              <TextForm tenantSlug={tenant.slug} requestId={request.id} kind="note" />
            </section>
          </div>

          <aside className="space-y-6">
            <section className="card">
              <StageForm tenantSlug={tenant.slug} requestId={request.id} stage={request.stage} />
            </section>
            {can(role, "requests.anonymise") ? (
              <section className="card space-y-2">
                <p className="text-sm text-slate-700">{t("staff.anonymiseHint")}</p>
                <AnonymiseButton tenantSlug={tenant.slug} requestId={request.id} />
              </section>
            ) : null}
            <section aria-labelledby="tracking" className="card space-y-2">
              <h2 id="tracking" className="text-lg font-semibold">
                {t("staff.tracking")}
              </h2>
              <TrackingLinkTools tenantSlug={tenant.slug} requestId={request.id} />
            </section>
            <section aria-labelledby="newcomer-events" className="card space-y-3">
              <h2 id="newcomer-events" className="text-lg font-semibold">
                {tEvents("invite.title")}
              </h2>
              {registrations.length === 0 ? (
                <p className="text-sm">{tEvents("invite.none")}</p>
              ) : (
                <ul className="space-y-2 text-sm">
                  {registrations.map((r) => (
                    <li key={r.id} className="space-y-1">
                      <p>
                        <Link className="link" href={`/${tenant.slug}/admin/events/${r.event.id}`}>
                          {r.event.title}
                        </Link>{" "}
                        — {formatDateTime(r.event.startsAt, tenant.timeZone, dateLocale)}
                        {" · "}
                        {tEvents(`regStatus.${r.status}`)}
                        {r.checkedInAt ? ` · ${tEvents("invite.attended")}` : ""}
                      </p>
                      <ActionButton
                        action={unregisterNewcomerFromEventAction.bind(null, tenant.slug, {
                          requestId: request.id,
                          eventId: r.event.id,
                        })}
                        label={tEvents("invite.unregister")}
                        srLabel={r.event.title}
                      />
                    </li>
                  ))}
                </ul>
              )}
              {requestOpen ? (
                <NewcomerInviteForm
                  tenantSlug={tenant.slug}
                  requestId={request.id}
                  defaultCompanions={(household.partner ? 1 : 0) + (household.children?.length ?? 0)}
                  events={invitable.map((e) => ({
                    id: e.id,
                    label: `${e.title} — ${formatDateTime(e.startsAt, tenant.timeZone, dateLocale)}`,
                  }))}
                />
              ) : (
                <p className="text-sm text-slate-700">{tEvents("invite.closedRequest")}</p>
              )}
            </section>
            <section className="card">
              <AssignForm
                tenantSlug={tenant.slug}
                requestId={request.id}
                assigneeId={request.assigneeId}
                staff={staff}
              />
            </section>
            <section aria-labelledby="timeline" className="card">
              <h2 id="timeline" className="text-xl font-semibold">
                {t("staff.timeline")}
              </h2>
              <Timeline
                entries={request.events
                  .slice()
                  .reverse()
                  .map((e) => ({
                    id: e.id,
                    when: formatDateTime(e.createdAt, tenant.timeZone, dateLocale),
                    text: `${e.actorLabel} — ${eventText(e.type, (e.data ?? {}) as Record<string, string>)}`,
                  }))}
              />
            </section>
          </aside>
        </div>
      </div>
    </ClientMessages>
  );
}
