import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CheckInHistory } from "@/components/followup/CheckInHistory";
import { ActionButton } from "@/components/forms/ActionButton";
import { DepartureForm } from "@/components/members/DepartureForm";
import { MemberDetailsForm } from "@/components/members/MemberDetailsForm";
import { BackLink } from "@/components/ui/BackLink";
import { Link } from "@/components/ui/Link";
import { checkInsForRequest } from "@/lib/followup/queries";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatCalendarDay, formatDate, formatDateTime, isoDayInTimeZone, yearInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { changeMemberStatusAction, recordDuesAction } from "@/lib/members/actions";
import { getMemberForStaff } from "@/lib/members/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { can } from "@/lib/tenancy/permissions";

export const generateMetadata = pageMetadata("member");

type Props = { params: Promise<{ tenant: string; id: string }> };

export default async function MemberPage({ params }: Props) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug, id } = await params;
  const { tenant, role, user } = await requireTenantPage(slug, "members.view", `/${slug}/admin/members/${id}`);
  // The tenant is part of the lookup: another tenant's id is simply not found.
  const member = await getMemberForStaff(tenant.id, id.slice(0, 40));
  if (!member) notFound();
  const followUp = member.request ? await checkInsForRequest(tenant.id, member.request.id) : null;
  const t = await getTranslations("memberAdmin");
  const tRoles = await getTranslations("roles");
  const tReq = await getTranslations("requests");
  const tProfile = await getTranslations("profile");
  const tEvents = await getTranslations("events");
  const tDeparture = await getTranslations("departure");
  const name = member.user.name ?? member.user.email;
  const currentYear = yearInTimeZone(new Date(), tenant.timeZone);
  const paidYears = new Set(member.dues.map((d) => d.year));
  const years = [currentYear + 1, currentYear, currentYear - 1, currentYear - 2];
  const canEdit = can(role, "members.manage");

  return (
    <ClientMessages namespaces={["memberAdmin", "members", "requests.professions", "departure"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/members`}>{t("back")}</BackLink>
        <header className="space-y-1">
          <h1 className="page-title">{name}</h1>
          <p>
            {tRoles(member.role)} · {t(`statuses.${member.status}`)} ·{" "}
            <a className="link" href={`mailto:${member.user.email}`}>
              {member.user.email}
            </a>
            {member.phone ? (
              <>
                {" "}
                ·{" "}
                <a className="link" href={`tel:${member.phone.replace(/\s/g, "")}`}>
                  {member.phone}
                </a>
              </>
            ) : null}
          </p>
          <p className="text-sm text-slate-700">
            {t("memberSince", { date: formatDate(member.createdAt, tenant.timeZone, dateLocale) })}
            {member.arrivalDate
              ? ` · ${t("arrivedOn", { date: formatDate(member.arrivalDate, "UTC", dateLocale) })}`
              : ""}
            {member.profession ? ` · ${tReq(`professions.${member.profession}`)}` : ""}
            {member.practicePlace ? ` · ${member.practicePlace}` : ""}
            {` · ${member.directoryOptIn ? t("inDirectory") : t("notInDirectory")}`}
          </p>
          {member.request ? (
            <p>
              {t("cameFrom")}{" "}
              <Link className="link" href={`/${tenant.slug}/admin/requests/${member.request.id}`}>
                {member.request.reference}
              </Link>
            </p>
          ) : null}
        </header>

        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            {canEdit ? (
              <section className="card">
                <MemberDetailsForm
                  tenantSlug={tenant.slug}
                  initial={{
                    membershipId: member.id,
                    phone: member.phone,
                    profession: member.profession ?? "",
                    specialty: member.specialty,
                    practicePlace: member.practicePlace,
                    arrivalDate: member.arrivalDate ? member.arrivalDate.toISOString().slice(0, 10) : "",
                    requestReference: member.request?.reference ?? "",
                    notes: member.notes,
                  }}
                />
              </section>
            ) : null}
            {followUp ? (
              <CheckInHistory
                tenant={tenant}
                checkIns={followUp.checkIns}
                stoppedAt={followUp.stoppedAt}
                who={name}
                canAct={can(role, "requests.manage")}
              />
            ) : null}
            <section aria-labelledby="member-events" className="card">
              <h2 id="member-events" className="text-xl font-semibold">
                {t("eventsTitle")}
              </h2>
              {member.registrations.length === 0 ? (
                <p className="mt-2">{t("noEvents")}</p>
              ) : (
                <ul className="mt-2 space-y-1">
                  {member.registrations.map((r) => (
                    <li key={r.id}>
                      <Link className="link" href={`/${tenant.slug}/admin/events/${r.event.id}`}>
                        {r.event.title}
                      </Link>{" "}
                      — {formatDateTime(r.event.startsAt, tenant.timeZone, dateLocale)}
                      {" · "}
                      {tEvents(`regStatus.${r.status}`)} · {tEvents("seatCount", { count: r.seats })}
                      {r.checkedInAt ? ` · ${tEvents("invite.attended")}` : ""}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <aside className="space-y-6">
            <section aria-labelledby="dues-title" className="card space-y-2">
              <h2 id="dues-title" className="text-lg font-semibold">
                {t("duesTitle")}
              </h2>
              <ul className="space-y-2">
                {years.map((year) => (
                  <li key={year} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {year} : {paidYears.has(year) ? t("paid") : t("unpaid")}
                    </span>
                    {canEdit ? (
                      <ActionButton
                        action={recordDuesAction.bind(null, tenant.slug, {
                          membershipId: member.id,
                          year,
                          paid: !paidYears.has(year),
                        })}
                        label={paidYears.has(year) ? t("duesCancel") : t("duesRecord")}
                        srLabel={String(year)}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
              {[...paidYears].filter((y) => !years.includes(y)).length ? (
                <p className="text-sm text-slate-700">
                  {t("olderDues", { years: [...paidYears].filter((y) => !years.includes(y)).join(", ") })}
                </p>
              ) : null}
            </section>
            <section aria-labelledby="household-title" className="card">
              <h2 id="household-title" className="text-lg font-semibold">
                {tProfile("householdTitle")}
              </h2>
              {member.household.length === 0 ? (
                <p className="mt-2">{tProfile("householdEmpty")}</p>
              ) : (
                <ul className="mt-2 list-inside list-disc">
                  {member.household.map((h) => (
                    <li key={h.id}>
                      {h.firstName} — {tProfile(`relations.${h.relation}`)}
                      {h.birthYear ? ` (${tProfile("born", { year: h.birthYear })})` : ""}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {can(role, "members.deactivate") && member.user.id !== user.id && member.status !== "REMOVED" ? (
              <section className="card space-y-2">
                <p className="text-sm text-slate-700">
                  {member.status === "ACTIVE" ? t("deactivateHint") : t("reactivateHint")}
                </p>
                <ActionButton
                  action={changeMemberStatusAction.bind(null, tenant.slug, {
                    membershipId: member.id,
                    active: member.status !== "ACTIVE",
                  })}
                  label={member.status === "ACTIVE" ? t("deactivate") : t("reactivate")}
                  variant={member.status === "ACTIVE" ? "danger" : "secondary"}
                  confirm={member.status === "ACTIVE" ? t("deactivateConfirm", { name }) : undefined}
                />
              </section>
            ) : null}
            {member.leftAt && member.leavingReason ? (
              <p className="card text-sm">
                {tDeparture("left", {
                  date: formatCalendarDay(member.leftAt),
                  reason: tDeparture(`reasons.${member.leavingReason}`),
                })}
              </p>
            ) : null}
            {can(role, "members.deactivate") && member.user.id !== user.id && member.status === "ACTIVE" ? (
              <section className="card">
                <DepartureForm
                  tenantSlug={tenant.slug}
                  membershipId={member.id}
                  today={isoDayInTimeZone(new Date(), tenant.timeZone)}
                />
              </section>
            ) : null}
          </aside>
        </div>
      </div>
    </ClientMessages>
  );
}
