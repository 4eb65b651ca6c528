import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";

import { CalendarFeed } from "@/components/events/CalendarFeed";
import { CancelRegistrationButton } from "@/components/events/CancelRegistrationButton";
import { RegisterForm } from "@/components/events/RegisterForm";
import { Pagination, PastLastPage } from "@/components/ui/Pagination";
import { listPortalEvents, portalMember } from "@/lib/events/queries";
import { ZPortalEventsQuery } from "@/lib/events/schemas";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatCurrency, formatDateTime } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("portalEvents");

// What this page's client components (registration form, cancel button, calendar feed) and their actions'
// answers read: the rest of "events" (staff texts, CSV, invitations) stays on the server (issue 11: HTML size).
const PORTAL_EVENT_MESSAGES = [
  "register",
  "registered",
  "waitlisted",
  "companionsLegend",
  "companionsHint",
  "relation",
  "noHousehold",
  "goToProfile",
  "cancel",
  "cancelConfirm",
  "cancelledRegistration",
  "feedIntro",
  "feedUrl",
  "feedCreate",
  "feedRenew",
  "feedRevoke",
  "feedCreated",
  "feedRevoked",
  "errors",
].map((key) => `events.${key}`);

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PortalEventsPage({ params, searchParams }: Props) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug } = await params;
  const { tenant, user } = await requireTenantPage(slug, "portal.view", `/${slug}/portal/events`);
  const membership = await portalMember(tenant.id, user.id);
  if (!membership) forbidden();
  const { page } = ZPortalEventsQuery.parse(await searchParams);
  const t = await getTranslations("events");
  const { household } = membership;
  const { events, total, registrations, pageCount } = await listPortalEvents(tenant.id, {
    membershipId: membership.id,
    page,
  });
  const base = `/${tenant.slug}/portal/events`;
  const hrefFor = (n: number) => `${base}?${new URLSearchParams({ page: String(n) })}`;
  // An event of another page is reached through its page; one of this page, in place.
  const hrefOf = (r: (typeof registrations)[number]) =>
    r.page === page ? `#event-${r.eventId}` : `${hrefFor(r.page)}#event-${r.eventId}`;
  return (
    <ClientMessages namespaces={PORTAL_EVENT_MESSAGES}>
      <div className="space-y-6">
        <h1 className="page-title">{t("portalTitle")}</h1>
        <section aria-labelledby="my-registrations" className="card">
          <h2 id="my-registrations" className="text-xl font-semibold">
            {t("myRegistrations")}
          </h2>
          {registrations.length > 0 ? (
            <ul className="mt-2 list-inside list-disc">
              {registrations.map((r) => (
                <li key={r.eventId}>
                  <a className="link" href={hrefOf(r)}>
                    {r.title}
                  </a>{" "}
                  — {formatDateTime(r.startsAt, tenant.timeZone, dateLocale)} · {t(`regStatus.${r.status}`)}
                  {r.page === page ? "" : ` · ${t("onPage", { page: r.page })}`}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t("noRegistrations")}</p>
          )}
        </section>
        {total > 0 ? <p className="text-sm text-slate-700">{t("upcomingCount", { count: total })}</p> : null}
        {total === 0 ? (
          <p>{t("portalEmpty")}</p>
        ) : events.length === 0 ? (
          <PastLastPage message={t("pageEmpty")} hrefFor={hrefFor} />
        ) : (
          <ul className="space-y-4">
            {events.map((e) => (
              <li key={e.id} id={`event-${e.id}`} className="card space-y-2">
                <h2 className="text-xl font-semibold">{e.title}</h2>
                <p className="text-sm text-slate-700">{t(`kinds.${e.kind}`)}</p>
                <p>{`${t("when", { date: formatDateTime(e.startsAt, tenant.timeZone, dateLocale) })} — ${e.place}`}</p>
                {e.description ? <p className="whitespace-pre-line">{e.description}</p> : null}
                <p>
                  <a className="link text-sm" href={`/${tenant.slug}/portal/events/${e.id}/ics`} download>
                    {t("ics")}
                    <span className="sr-only">{` : ${e.title}`}</span>
                  </a>
                </p>
                <p className="text-sm">
                  {t("price", {
                    member: formatCurrency(e.priceMemberCents, dateLocale),
                    companion: formatCurrency(e.priceCompanionCents, dateLocale),
                  })}
                </p>
                {e.mine ? (
                  <div className="space-y-2">
                    <p className="font-medium" role="status">
                      {e.mine.status === "CONFIRMED"
                        ? t("mine.CONFIRMED", { companions: e.mine.companions })
                        : t("mine.WAITLISTED", { position: e.mine.position ?? 0 })}
                      {e.mine.names.length ? ` ${t("mineNames", { names: e.mine.names.join(", ") })}` : ""}
                    </p>
                    <CancelRegistrationButton tenantSlug={tenant.slug} eventId={e.id} title={e.title} />
                  </div>
                ) : e.open ? (
                  <>
                    <p className="text-sm font-medium">{t("seatsLeft", { count: e.seatsLeft })}</p>
                    <RegisterForm
                      tenantSlug={tenant.slug}
                      eventId={e.id}
                      maxCompanions={e.maxCompanions}
                      title={e.title}
                      household={household}
                    />
                  </>
                ) : (
                  <p>{t("closed")}</p>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
        <section aria-labelledby="feed-title" className="card space-y-2">
          <h2 id="feed-title" className="text-xl font-semibold">
            {t("feedTitle")}
          </h2>
          <CalendarFeed tenantSlug={tenant.slug} active={!!membership.calendarTokenHash} />
        </section>
      </div>
    </ClientMessages>
  );
}
