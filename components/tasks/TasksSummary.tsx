import { getLocale, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/Badge";
import { Link } from "@/components/ui/Link";
import { formatCalendarDay } from "@/lib/i18n/format";
import type { StaffTask } from "@/lib/tasks/queries";
import { countTasks } from "@/lib/tasks/queries";

import { taskTitle } from "./TaskList";

/** How many of the most urgent tasks the dashboard shows; the list has the rest. */
export const SUMMARY_SIZE = 3;

/** For the staff's home (dashboard): how many tasks, how many late, the most urgent ones, and the way to the list. */
export async function TasksSummary({ tenantSlug, tasks }: { tenantSlug: string; tasks: StaffTask[] }) {
  const t = await getTranslations("workspace.tasks");
  const tReq = await getTranslations("requests");
  const locale = (await getLocale()) === "en" ? "en-GB" : "fr-FR";
  const { count, late } = countTasks(tasks);
  const urgent = tasks.slice(0, SUMMARY_SIZE);
  return (
    <section aria-labelledby="tasks-summary" className="card space-y-3">
      <h2 id="tasks-summary" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("summary", { count, late })}</p>
      {urgent.length ? (
        <>
          <h3 id="tasks-urgent" className="font-medium">
            {t("urgent")}
          </h3>
          <ul aria-labelledby="tasks-urgent" className="space-y-2">
            {urgent.map((task) => (
              <li key={task.id} className="flex flex-wrap items-center gap-2">
                <Link className="link wrap-anywhere" href={task.href}>
                  {taskTitle(task, { t, tReq })}
                </Link>
                <span className="text-sm text-slate-700">
                  {t("due", { date: formatCalendarDay(task.due, locale) })}
                </span>
                {task.overdue ? <Badge tone="danger">{t("overdue")}</Badge> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link className="link" href={`/${tenantSlug}/admin/tasks`}>
          {t("openAll")}
        </Link>
      </p>
    </section>
  );
}
