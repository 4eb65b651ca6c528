import { getLocale, getTranslations } from "next-intl/server";

import { FollowUpDoneButton } from "@/components/followup/FollowUpDoneButton";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { formatCalendarDay } from "@/lib/i18n/format";
import type { StaffTask } from "@/lib/tasks/queries";

type Translators = {
  t: Awaited<ReturnType<typeof getTranslations<"workspace.tasks">>>;
  tReq: Awaited<ReturnType<typeof getTranslations<"requests">>>;
};

/** What to do, for whom: the link text of a task, in the list and on the dashboard. */
export function taskTitle(task: StaffTask, { t, tReq }: Translators): string {
  if (task.kind === "need")
    return t("need", { need: tReq(`needs.${task.need!}`), name: task.name, reference: task.reference });
  if (task.kind === "followUp")
    return t("followUp", { name: task.name, reference: task.reference, months: task.months ?? 0 });
  if (task.kind === "referral")
    return t("referral", { actor: task.actor ?? "", name: task.name, reference: task.reference });
  return t("firstResponse", { name: task.name, reference: task.reference });
}

/** Inside a <ClientMessages> with "followUp" (the call back button). The tasks, soonest due first: what, for whom, by when, who follows it, and the link to act. */
export async function TaskList({
  tenantSlug,
  tasks,
  staffNames,
  today,
  canAct,
}: {
  tenantSlug: string;
  tasks: StaffTask[];
  staffNames: Map<string, string>;
  today: Date;
  canAct: boolean;
}) {
  const t = await getTranslations("workspace.tasks");
  const tReq = await getTranslations("requests");
  const locale = (await getLocale()) === "en" ? "en-GB" : "fr-FR";
  if (!tasks.length) return <EmptyState>{t("empty")}</EmptyState>;
  const title = (task: StaffTask) => taskTitle(task, { t, tReq });
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
      {tasks.map((task) => (
        <li key={task.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
          <div className="min-w-0 space-y-1">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={task.kind === "followUp" ? "info" : "neutral"}>{t(`kinds.${task.kind}`)}</Badge>
              {task.overdue ? (
                <Badge tone="danger">{t("overdue")}</Badge>
              ) : task.due.getTime() === today.getTime() ? (
                <Badge tone="warning">{t("today")}</Badge>
              ) : null}
            </p>
            <p>
              <Link className="link wrap-anywhere" href={task.href}>
                {title(task)}
              </Link>
            </p>
            <p className="text-sm text-slate-700">
              {t("due", { date: formatCalendarDay(task.due, locale) })} ·{" "}
              {task.ownerId ? t("assignee", { name: staffNames.get(task.ownerId) ?? "—" }) : t("unassigned")}
            </p>
          </div>
          {task.followUpTaskId && canAct ? (
            <FollowUpDoneButton tenantSlug={tenantSlug} taskId={task.followUpTaskId} who={title(task)} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
