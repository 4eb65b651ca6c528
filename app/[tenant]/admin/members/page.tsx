import { getFormatter, getTranslations } from "next-intl/server";

import { InvitationForm } from "@/components/invitations/InvitationForm";
import { RevokeInvitationButton } from "@/components/invitations/RevokeInvitationButton";
import { MemberActions } from "@/components/members/MemberActions";
import { professionOptions } from "@/components/members/profession-options";
import { FilterInput, FilterSelect } from "@/components/ui/Filters";
import { Link } from "@/components/ui/Link";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { TableScroll } from "@/components/ui/TableScroll";
import { valuesOf } from "@/lib/forms/enums";
import { MembershipStatus } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDate, yearInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { listMembers, listPendingInvitations } from "@/lib/members/queries";
import { ZMemberFilters } from "@/lib/members/schemas";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { can, invitePermission, ROLES } from "@/lib/tenancy/permissions";

export const generateMetadata = pageMetadata("members");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MembersPage({ params, searchParams }: Props) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug } = await params;
  const { tenant, user, role } = await requireTenantPage(slug, "members.view", `/${slug}/admin/members`);
  const query = ZMemberFilters.parse(await searchParams);
  const t = await getTranslations("members");
  const tRoles = await getTranslations("roles");
  const tInv = await getTranslations("invitations");
  const tAdmin = await getTranslations("memberAdmin");
  const tReq = await getTranslations("requests");
  const currentYear = yearInTimeZone(new Date(), tenant.timeZone);
  const duesYears = [currentYear + 1, currentYear, currentYear - 1, currentYear - 2];
  const format = await getFormatter();
  const [{ rows, total, pageCount }, invitations] = await Promise.all([
    listMembers(tenant.id, { ...query, currentYear }),
    listPendingInvitations(tenant.id),
  ]);
  const canManage = can(role, "members.changeRole");
  const invitableRoles = ROLES.filter((r) => can(role, invitePermission(r)));
  const filters = Object.fromEntries(
    Object.entries({
      q: query.q,
      profession: query.profession,
      status: query.status === "ACTIVE" ? undefined : query.status,
      role: query.role,
      duesYear: query.duesYear,
      dues: query.dues,
    })
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v]) => [k, String(v)]),
  );
  const hrefFor = (page: number) =>
    `/${tenant.slug}/admin/members?${new URLSearchParams({ ...filters, page: String(page) })}`;

  return (
    <ClientMessages namespaces={["members", "roles", "invitations"]}>
      <div className="space-y-8">
        <PageHeader title={t("title")} />

        <section className="card">
          <InvitationForm tenantSlug={tenant.slug} allowedRoles={invitableRoles} />
        </section>

        <section aria-labelledby="pending-title" className="card">
          <h2 id="pending-title" className="text-xl font-semibold">
            {tInv("pendingTitle")}
          </h2>
          {invitations.length === 0 ? (
            <p className="mt-2">{tInv("noPending")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {invitations.map((inv) => (
                <li key={inv.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {inv.email} — {tRoles(inv.role)} —{" "}
                    {tInv("expires", { date: formatDate(inv.expiresAt, tenant.timeZone, dateLocale) })}
                  </span>
                  {can(role, invitePermission(inv.role)) ? (
                    <RevokeInvitationButton tenantSlug={tenant.slug} invitationId={inv.id} email={inv.email} />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="members-title">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="members-title" className="text-xl font-semibold">
              {t("count", { count: total })}
            </h2>
            {can(role, "members.import") ? (
              <Link className="btn-secondary" href={`/${tenant.slug}/admin/members/import`}>
                {tAdmin("importLink")}
              </Link>
            ) : null}
          </div>
          <form
            role="search"
            method="get"
            aria-label={t("search")}
            className="mt-3 grid gap-3 rounded-lg border border-slate-300 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
          >
            {query.role ? <input type="hidden" name="role" value={query.role} /> : null}
            <FilterInput
              id="member-search"
              name="q"
              label={t("search")}
              defaultValue={query.q}
              className="lg:col-span-2"
            />
            <FilterSelect
              id="member-profession"
              name="profession"
              label={tAdmin("profession")}
              defaultValue={query.profession ?? ""}
              options={professionOptions(tReq, tAdmin("allProfessions"))}
            />
            <FilterSelect
              id="member-status"
              name="status"
              label={tAdmin("status")}
              defaultValue={query.status}
              options={valuesOf(MembershipStatus).map((st) => ({
                value: st,
                label: tAdmin(`statuses.${st}`),
              }))}
            />
            <FilterSelect
              id="member-dues"
              name="dues"
              label={tAdmin("duesFilter")}
              defaultValue={query.dues ?? ""}
              options={[
                { value: "", label: tAdmin("duesAny") },
                { value: "paid", label: tAdmin("duesPaid") },
                { value: "unpaid", label: tAdmin("duesUnpaid") },
              ]}
            />
            <FilterSelect
              id="member-dues-year"
              name="duesYear"
              label={tAdmin("duesYear")}
              defaultValue={String(query.duesYear ?? currentYear)}
              options={duesYears.map((y) => ({ value: String(y), label: String(y) }))}
            />
            <button type="submit" className="btn-primary">
              {t("searchSubmit")}
            </button>
          </form>
          {rows.length === 0 ? (
            <p className="mt-3">{t("empty")}</p>
          ) : (
            <TableScroll label={t("title")} className="mt-3">
              <table className="data-table">
                <caption className="sr-only">{t("title")}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col">{t("name")}</th>
                    <th scope="col">{t("email")}</th>
                    <th scope="col">{t("role")}</th>
                    <th scope="col">{tAdmin("profession")}</th>
                    <th scope="col">{tAdmin("practicePlace")}</th>
                    <th scope="col">{tAdmin("duesColumn", { year: query.duesYear ?? currentYear })}</th>
                    <th scope="col">{t("since")}</th>
                    {canManage ? <th scope="col">{t("actions")}</th> : null}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {rows.map((m) => {
                    const name = m.user.name ?? t("noName");
                    return (
                      <tr key={m.id}>
                        <td>
                          <Link className="link" href={`/${tenant.slug}/admin/members/${m.id}`}>
                            {name}
                          </Link>
                          {m.user.id === user.id ? ` (${t("you")})` : ""}
                        </td>
                        <td>{m.user.email}</td>
                        <td>{tRoles(m.role)}</td>
                        <td>{m.profession ? tReq(`professions.${m.profession}`) : "—"}</td>
                        <td>{m.practicePlace || "—"}</td>
                        <td>{m.dues.length ? tAdmin("paid") : tAdmin("unpaid")}</td>
                        <td>{format.dateTime(m.createdAt, { dateStyle: "medium", timeZone: tenant.timeZone })}</td>
                        {canManage ? (
                          <td>
                            {m.status === "ACTIVE" ? (
                              <MemberActions tenantSlug={tenant.slug} membershipId={m.id} role={m.role} name={name} />
                            ) : null}
                          </td>
                        ) : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pagination page={query.page} pageCount={pageCount} hrefFor={hrefFor} />
        </section>
      </div>
    </ClientMessages>
  );
}
