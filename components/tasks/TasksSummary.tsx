import { getTranslations } from "next-intl/server";
import Link from "next/link";

import type { StaffTask } from "@/lib/tasks/queries";
import { countTasks } from "@/lib/tasks/queries";

/** For the staff's home (dashboard): how many tasks, how many late, and the way to the list. */
export async function TasksSummary({ tenantSlug, tasks }: { tenantSlug: string; tasks: StaffTask[] }) {
  const t = await getTranslations("workspace.tasks");
  const { count, late } = countTasks(tasks);
  return (
    <section aria-labelledby="tasks-summary" className="card space-y-2">
      <h2 id="tasks-summary" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("summary", { count, late })}</p>
      <p>
        <Link className="link" href={`/${tenantSlug}/admin/tasks`}>
          {t("openAll")}
        </Link>
      </p>
    </section>
  );
}
