import { getTranslations } from "next-intl/server";

import { RequestBoard, type BoardCard } from "@/components/requests/staff/RequestBoard";
import { FilterCheckbox, FilterInput, FilterSelect } from "@/components/ui/Filters";
import { Link } from "@/components/ui/Link";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { TableScroll } from "@/components/ui/TableScroll";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDate } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { ZRequestFilters, type TRequestFilters } from "@/lib/requests/filters";
import { NEED_TYPES, PROFESSIONS } from "@/lib/requests/intake-schema";
import { listBoard, listRequests } from "@/lib/requests/queries";
import { isResponseOverdue, STAGES } from "@/lib/requests/stages";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("requests");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function queryString(f: TRequestFilters, changes: Partial<Record<keyof TRequestFilters, string | number | undefined>>) {
  const merged = { ...f, ...changes } as Record<string, unknown>;
  const entries = Object.entries(merged).filter(
    ([k, v]) =>
      v !== undefined &&
      v !== "" &&
      !(k === "page" && v === 1) &&
      !(k === "sort" && v === "newest") &&
      !(k === "view" && v === "table"),
  );
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}`;
}

// The board's cards use four texts of "requests.staff": only those go to the browser (its HTML ≤ 60 KB).
const BOARD_MESSAGES = [
  "requests.board",
  "requests.staff.daysInStage",
  "requests.staff.priority",
  "requests.staff.overdueResponse",
  "requests.staff.overdueNeeds",
  "requests.professions",
  "requests.stages",
  "requests.errors",
];
// The board has no form fields: the field messages every client tree carries (errors.*) stay on the server.
// What a stage change can answer stays: the generic errors (errors.checkFields, errors.invalid…) and requests.errors.
const BOARD_OMITTED = [
  "errors.required",
  "errors.tooLong",
  "errors.timeZone",
  "errors.email",
  "errors.role",
  "errors.slug",
  "errors.invitation",
  "errors.date",
  "errors.number",
  "errors.phone",
  "errors.choose",
  "errors.chooseOne",
  "errors.age",
  "errors.dateOrder",
  "errors.consent",
  "errors.commitment",
  "errors.needs",
  "forms",
];

export default async function RequestsPage({ params, searchParams }: Props) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug } = await params;
  const { tenant, user } = await requireTenantPage(slug, "requests.view", `/${slug}/admin/requests`);
  const filters = ZRequestFilters.parse(await searchParams);
  const t = await getTranslations("requests");
  const base = `/${tenant.slug}/admin/requests`;
  const viewSwitch = (
    <nav aria-label={t("board.views")} className="flex gap-2">
      {(["table", "board"] as const).map((view) => (
        <Link
          key={view}
          aria-current={filters.view === view ? "page" : undefined}
          href={`${base}${queryString(filters, { view, page: 1 })}`}
          className={`rounded-md border px-3 py-1 text-sm ${filters.view === view ? "border-brand bg-brand text-white" : "border-slate-500 bg-white"}`}
        >
          {t(`board.${view}`)}
        </Link>
      ))}
    </nav>
  );
  if (filters.view === "board") {
    const columns = await listBoard({ tenantId: tenant.id, userId: user.id, timeZone: tenant.timeZone }, filters);
    const boardColumns = columns.map((c) => ({
      stage: c.stage,
      count: c.count,
      listHref: `${base}${queryString(filters, { view: "table", stage: c.stage, page: 1 })}`,
      cards: c.cards.map((card): BoardCard => ({
        id: card.id,
        reference: card.reference,
        name: `${card.firstName} ${card.lastName}`,
        profession: card.profession,
        daysInStage: card.daysInStage,
        ...(card.priority ? { priority: true } : {}),
        ...(card.overdueNeeds ? { overdueNeeds: card.overdueNeeds } : {}),
        ...(isResponseOverdue(card, tenant.firstResponseDays) ? { overdueResponse: true } : {}),
      })),
    }));
    return (
      <div className="space-y-6">
        <PageHeader title={t("staff.title")} action={viewSwitch} />
        <ClientMessages namespaces={BOARD_MESSAGES} omit={BOARD_OMITTED}>
          <RequestBoard tenantSlug={tenant.slug} columns={boardColumns} />
        </ClientMessages>
      </div>
    );
  }
  const {
    rows,
    total,
    counts,
    pageCount,
    staff: staffMembers,
  } = await listRequests({ tenantId: tenant.id, userId: user.id, timeZone: tenant.timeZone }, filters);

  return (
    <>
      <div className="space-y-6">
        <PageHeader title={t("staff.title")} action={viewSwitch} />
        <nav aria-label={t("staff.stage")}>
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link
                className={`rounded-full border px-3 py-1 text-sm ${!filters.stage ? "border-brand bg-brand text-white" : "border-slate-400 bg-white"}`}
                href={`${base}${queryString(filters, { stage: undefined, page: 1 })}`}
              >
                {t("staff.allStages")} ({Object.values(counts).reduce((a, b) => a + (b ?? 0), 0)})
              </Link>
            </li>
            {STAGES.map((s) => (
              <li key={s}>
                <Link
                  aria-current={filters.stage === s ? "page" : undefined}
                  className={`rounded-full border px-3 py-1 text-sm ${filters.stage === s ? "border-brand bg-brand text-white" : "border-slate-400 bg-white"}`}
                  href={`${base}${queryString(filters, { stage: s, page: 1 })}`}
                >
                  {t(`stages.${s}`)} ({counts[s] ?? 0})
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <form method="get" className="card grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={t("staff.filters")}>
          {filters.stage ? <input type="hidden" name="stage" value={filters.stage} /> : null}
          {filters.created ? <input type="hidden" name="created" value={filters.created} /> : null}
          {filters.installed ? <input type="hidden" name="installed" value={filters.installed} /> : null}
          <FilterInput
            id="f-q"
            name="q"
            label={t("staff.search")}
            defaultValue={filters.q ?? ""}
            className="sm:col-span-2"
          />
          <FilterSelect
            id="f-profession"
            name="profession"
            label={t("staff.profession")}
            defaultValue={filters.profession ?? ""}
            options={[
              { value: "", label: t("staff.allProfessions") },
              ...PROFESSIONS.map((p) => ({ value: p, label: t(`professions.${p}`) })),
            ]}
          />
          <FilterSelect
            id="f-need"
            name="need"
            label={t("staff.needs")}
            defaultValue={filters.need ?? ""}
            options={[
              { value: "", label: t("staff.allNeeds") },
              ...NEED_TYPES.map((n) => ({ value: n, label: t(`needs.${n}`) })),
            ]}
          />
          <FilterInput
            id="f-arrival"
            type="month"
            name="arrival"
            label={t("staff.arrival")}
            defaultValue={filters.arrival ?? ""}
          />
          <FilterSelect
            id="f-sort"
            name="sort"
            label={t("staff.sort")}
            defaultValue={filters.sort}
            options={[
              { value: "newest", label: t("staff.sortNewest") },
              { value: "oldest", label: t("staff.sortOldest") },
              { value: "arrival", label: t("staff.sortArrival") },
            ]}
          />
          <FilterSelect
            id="f-assignee"
            name="assignee"
            label={t("staff.assignee")}
            defaultValue={filters.assignee ?? ""}
            options={[
              { value: "", label: "—" },
              { value: "none", label: t("staff.nobody") },
              ...staffMembers.map((p) => ({ value: p.id, label: p.name ?? p.email })),
            ]}
          />
          <FilterCheckbox name="mine" label={t("staff.mine")} checked={!!filters.mine} />
          <FilterCheckbox name="priority" label={t("staff.priorityOnly")} checked={!!filters.priority} />
          <div className="flex items-end gap-3 sm:col-span-2">
            <button type="submit" className="btn-primary">
              {t("staff.apply")}
            </button>
            <Link className="link" href={base}>
              {t("staff.reset")}
            </Link>
          </div>
        </form>

        <p role="status">{t("staff.countAll", { count: total })}</p>
        {rows.length === 0 ? (
          <p>{t("staff.empty")}</p>
        ) : (
          <TableScroll label={t("staff.title")}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("staff.title")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("staff.reference")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("staff.applicant")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("staff.profession")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("staff.stage")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("staff.arrivalDate")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("staff.assignee")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {rows.map((r) => {
                  const overdue = isResponseOverdue(r, tenant.firstResponseDays);
                  return (
                    <tr key={r.id} className={overdue || r.overdueNeeds > 0 ? "bg-amber-50" : undefined}>
                      <td className="px-3 py-2">
                        <Link className="link" href={`${base}/${r.id}`}>
                          {r.reference}
                        </Link>
                      </td>
                      <td className="px-3 py-2">
                        {r.firstName} {r.lastName}
                        {r.priority ? (
                          <span className="ml-2 rounded bg-purple-800 px-2 py-0.5 text-xs font-semibold text-white">
                            {t("staff.priority")}
                          </span>
                        ) : null}
                        {overdue ? (
                          <span className="ml-2 rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
                            {t("staff.overdueResponse")}
                          </span>
                        ) : null}
                        {r.overdueNeeds > 0 ? (
                          <span className="ml-2 rounded bg-amber-700 px-2 py-0.5 text-xs font-semibold text-white">
                            {t("staff.overdueNeeds", { count: r.overdueNeeds })}
                          </span>
                        ) : null}
                      </td>
                      <td className="px-3 py-2">{t(`professions.${r.profession}`)}</td>
                      <td className="px-3 py-2">
                        {t(`stages.${r.stage}`)}{" "}
                        <span className="text-slate-700">({t("staff.daysInStage", { days: r.daysInStage })})</span>
                      </td>
                      <td className="px-3 py-2">
                        {r.desiredArrivalDate ? formatDate(r.desiredArrivalDate, "UTC", dateLocale) : "—"}
                      </td>
                      <td className="px-3 py-2">
                        {r.assignee ? (r.assignee.name ?? r.assignee.email) : t("staff.nobody")}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
        <Pagination
          page={filters.page}
          pageCount={pageCount}
          hrefFor={(page) => `${base}${queryString(filters, { page })}`}
        />
      </div>
    </>
  );
}
