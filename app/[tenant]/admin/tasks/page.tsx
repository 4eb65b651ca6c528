import { getTranslations } from "next-intl/server";

import { ActionFeedbackRegion } from "@/components/forms/ActionFeedback";
import { TaskList } from "@/components/tasks/TaskList";
import { PageHeader } from "@/components/ui/PageHeader";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { todayInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { listStaff } from "@/lib/requests/queries";
import { countTasks, listTasks } from "@/lib/tasks/queries";
import { taskScope, ZTasksQuery } from "@/lib/tasks/schemas";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { can } from "@/lib/tenancy/permissions";

export const generateMetadata = pageMetadata("tasks");

/** "Mes tâches": the guard, the staff list and one statement for the tasks. */
export default async function TasksPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant: slug } = await params;
  const { tenant, user, role } = await requireTenantPage(slug, "requests.view", `/${slug}/admin/tasks`);
  const { who } = ZTasksQuery.parse(await searchParams);
  const [staff, tasks] = await Promise.all([listStaff(tenant.id), listTasks(tenant, taskScope(who, user.id))]);
  const t = await getTranslations("workspace.tasks");
  const staffNames = new Map(staff.map((s) => [s.id, s.name ?? s.email]));
  const { count, late } = countTasks(tasks);
  const selected = who === user.id ? "me" : who;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={<p>{t("intro")}</p>} />
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="tasks-who" className="text-sm font-medium">
            {t("whose")}
          </label>
          <select
            id="tasks-who"
            name="who"
            defaultValue={selected}
            className="rounded-md border border-slate-500 bg-white px-3 py-2"
          >
            <option value="me">{t("mine")}</option>
            <option value="all">{t("all")}</option>
            {staff
              .filter((s) => s.id !== user.id)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name ?? s.email}
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("show")}
        </button>
      </form>
      <p className="font-medium">{t("summary", { count, late })}</p>
      <ClientMessages namespaces={["followUp"]}>
        <ActionFeedbackRegion>
          <TaskList
            tenantSlug={tenant.slug}
            tasks={tasks}
            staffNames={staffNames}
            today={todayInTimeZone(tenant.timeZone)}
            canAct={can(role, "requests.manage")}
          />
        </ActionFeedbackRegion>
      </ClientMessages>
    </div>
  );
}
