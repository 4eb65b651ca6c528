import { getTranslations } from "next-intl/server";

import { RetryButton } from "@/components/emails/RetryButton";
import { ActionFeedbackRegion } from "@/components/forms/ActionFeedback";
import { Link } from "@/components/ui/Link";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { TableScroll } from "@/components/ui/TableScroll";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDateTime } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { EMAIL_STATUSES, ZEmailsQuery } from "@/lib/mail/list-query";
import { listTenantEmails } from "@/lib/mail/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("emails");

const STATUSES = EMAIL_STATUSES;

export default async function EmailsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "emails.view", `/${slug}/admin/emails`);
  const query = ZEmailsQuery.parse(await searchParams);
  const t = await getTranslations("emails");
  const { rows, counts, pageCount } = await listTenantEmails(tenant.id, query);
  const base = `/${tenant.slug}/admin/emails`;
  const href = (status?: string, page = 1) =>
    `${base}?${new URLSearchParams({ ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <ClientMessages namespaces={["emails"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={<p>{t("intro")}</p>} />
        <nav aria-label={t("state")}>
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link aria-current={!query.status ? "page" : undefined} className="link" href={href()}>
                {t("all")}
              </Link>
            </li>
            {STATUSES.map((s) => (
              <li key={s}>
                <Link aria-current={query.status === s ? "page" : undefined} className="link" href={href(s)}>
                  {t(`status.${s}`)} ({counts[s] ?? 0})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* Outside the condition: retrying the last failed email empties the list, not its confirmation. */}
        <ActionFeedbackRegion>
          {rows.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <TableScroll label={t("title")}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("title")}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t("date")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("to")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("subject")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("state")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("attempts")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("error")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {rows.map((e) => (
                    <tr key={e.id} className={e.status === "FAILED" ? "bg-red-50" : undefined}>
                      <td className="px-3 py-2">{formatDateTime(e.createdAt, tenant.timeZone, dateLocale)}</td>
                      <td className="px-3 py-2">{e.to}</td>
                      <td className="px-3 py-2">{e.subject}</td>
                      <td className="px-3 py-2">{t(`status.${e.status}`)}</td>
                      <td className="px-3 py-2">{e.attempts}</td>
                      <td className="px-3 py-2">
                        {e.lastError ?? "—"}{" "}
                        {e.status === "FAILED" ? <RetryButton tenantSlug={tenant.slug} emailId={e.id} /> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </ActionFeedbackRegion>
        <Pagination page={query.page} pageCount={pageCount} hrefFor={(page) => href(query.status, page)} />
      </div>
    </ClientMessages>
  );
}
