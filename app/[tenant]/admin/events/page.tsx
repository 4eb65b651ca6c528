import { getTranslations } from "next-intl/server";

import { EventForm } from "@/components/events/EventForm";
import { Link } from "@/components/ui/Link";
import { PageHeader } from "@/components/ui/PageHeader";
import { listStaffEvents } from "@/lib/events/queries";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDateTime } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { announcementAudience } from "@/lib/members/announce";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("events");

export default async function StaffEventsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "events.manage", `/${slug}/admin/events`);
  const t = await getTranslations("events");
  const [events, audience] = await Promise.all([listStaffEvents(tenant.id), announcementAudience(tenant.id, "events")]);
  return (
    <ClientMessages namespaces={["events"]}>
      <div className="space-y-6">
        <PageHeader title={t("staffTitle")} />
        <section className="card">
          <EventForm tenantSlug={tenant.slug} timeZone={tenant.timeZone} audience={audience} />
        </section>
        <section aria-labelledby="events-list">
          <h2 id="events-list" className="text-xl font-semibold">
            {t("list")}
          </h2>
          {events.length === 0 ? (
            <p className="mt-2">{t("empty")}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {events.map((e) => (
                <li key={e.id} className="card">
                  <p className="font-semibold">
                    <Link className="link" href={`/${tenant.slug}/admin/events/${e.id}`}>
                      {e.title}
                    </Link>{" "}
                    <span className="text-sm font-normal text-slate-700">
                      ({t(`kinds.${e.kind}`)} · {t(`status.${e.status}`)})
                    </span>
                  </p>
                  <p>
                    {formatDateTime(e.startsAt, tenant.timeZone, dateLocale)} — {e.place}
                  </p>
                  <p className="text-sm">
                    {t("seats", {
                      confirmed: e.confirmed,
                      capacity: e.capacity,
                      waitingRegistrations: e.waitingRegistrations,
                      waitingSeats: e.waitingSeats,
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
