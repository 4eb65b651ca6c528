import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvitationForm } from "@/components/invitations/InvitationForm";
import { MemberActions } from "@/components/members/MemberActions";
import { Pagination } from "@/components/ui/Pagination";
import { listMembers, listPendingInvitations } from "@/lib/members/queries";
import { ZMembersQuery } from "@/lib/members/schemas";
import { formatDate } from "@/lib/i18n/format";
import { can, invitePermission, ROLES } from "@/lib/tenancy/permissions";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Adhérents et équipe", robots: { index: false } };

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MembersPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const { tenant, user, role } = await requireTenantPage(slug, "members.view", `/${slug}/admin/members`);
  const query = ZMembersQuery.parse(await searchParams);
  const t = await getTranslations("members");
  const tRoles = await getTranslations("roles");
  const tInv = await getTranslations("invitations");
  const format = await getFormatter();
  const [{ rows, total, pageCount }, invitations] = await Promise.all([
    listMembers(tenant.id, query),
    listPendingInvitations(tenant.id),
  ]);
  const canManage = can(role, "members.changeRole");
  const invitableRoles = ROLES.filter((r) => can(role, invitePermission(r)));
  const hrefFor = (page: number) => `/${tenant.slug}/admin/members?${new URLSearchParams({ page: String(page), ...(query.q ? { q: query.q } : {}) })}`;

  return (
    <div className="space-y-8">
      <h1 className="page-title">{t("title")}</h1>

      <section className="card">
        <InvitationForm tenantSlug={tenant.slug} allowedRoles={invitableRoles} />
      </section>

      <section aria-labelledby="pending-title" className="card">
        <h2 id="pending-title" className="text-xl font-semibold">{tInv("pendingTitle")}</h2>
        {invitations.length === 0 ? (
          <p className="mt-2">{tInv("noPending")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {invitations.map((inv) => (
              <li key={inv.id} className="py-2">
                {inv.email} — {tRoles(inv.role)} — {tInv("expires", { date: formatDate(inv.expiresAt, tenant.timeZone) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="members-title">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="members-title" className="text-xl font-semibold">{t("count", { count: total })}</h2>
          <form role="search" method="get" className="flex gap-2">
            <label htmlFor="member-search" className="sr-only">{t("search")}</label>
            <input id="member-search" name="q" defaultValue={query.q} placeholder={t("search")} className="rounded-md border border-slate-500 bg-white px-3 py-2" />
            <button type="submit" className="btn-secondary">{t("searchSubmit")}</button>
          </form>
        </div>
        {rows.length === 0 ? (
          <p className="mt-3">{t("empty")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-300 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("name")}</th>
                  <th scope="col" className="px-3 py-2">{t("email")}</th>
                  <th scope="col" className="px-3 py-2">{t("role")}</th>
                  <th scope="col" className="px-3 py-2">{t("since")}</th>
                  {canManage ? <th scope="col" className="px-3 py-2">{t("actions")}</th> : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {rows.map((m) => {
                  const name = m.user.name ?? t("noName");
                  return (
                    <tr key={m.id}>
                      <td className="px-3 py-2">{name}{m.user.id === user.id ? ` (${t("you")})` : ""}</td>
                      <td className="px-3 py-2">{m.user.email}</td>
                      <td className="px-3 py-2">{tRoles(m.role)}</td>
                      <td className="px-3 py-2">{format.dateTime(m.createdAt, { dateStyle: "medium", timeZone: tenant.timeZone })}</td>
                      {canManage ? (
                        <td className="px-3 py-2">
                          <MemberActions tenantSlug={tenant.slug} membershipId={m.id} role={m.role} name={name} />
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={query.page} pageCount={pageCount} hrefFor={hrefFor} />
      </section>
    </div>
  );
}
