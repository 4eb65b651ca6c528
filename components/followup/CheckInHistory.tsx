import { getLocale, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { LOW_SCORE } from "@/lib/followup/schemas";
import type { FollowUpTheme } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatCalendarDay, formatDate } from "@/lib/i18n/format";

import { FollowUpDoneButton } from "./FollowUpDoneButton";

type CheckIn = {
  id: string;
  milestone: number;
  sentAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
  settledScore: number | null;
  difficulties: FollowUpTheme[];
  wantsToTalk: boolean;
  comment: string;
  task: { id: string; dueDate: Date; doneAt: Date | null } | null;
};

/** Staff only (request and member pages): the check-ins sent after installation and their answers. */
export async function CheckInHistory({
  tenant,
  checkIns,
  stoppedAt,
  who,
  canAct,
}: {
  tenant: { slug: string; timeZone: string };
  checkIns: CheckIn[];
  stoppedAt: Date | null;
  who: string;
  canAct: boolean;
}) {
  const t = await getTranslations("followUp");
  const locale = (await getLocale()) === "en" ? "en-GB" : "fr-FR";
  const date = (d: Date) => formatDate(d, tenant.timeZone, locale);
  const now = new Date();
  return (
    <section aria-labelledby="follow-up" className="card space-y-3">
      <h2 id="follow-up" className="text-xl font-semibold">
        {t("staff.title")}
      </h2>
      {stoppedAt ? <p>{t("staff.stopped", { date: date(stoppedAt) })}</p> : null}
      {checkIns.length === 0 ? (
        <EmptyState>{t("staff.none")}</EmptyState>
      ) : (
        <ol className="space-y-3">
          {checkIns.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-300 p-3">
              <p className="font-semibold">
                {t("staff.milestone", { months: c.milestone })}{" "}
                <span className="font-normal text-slate-700">— {t("staff.sentOn", { date: date(c.sentAt) })}</span>
              </p>
              {c.answeredAt ? (
                <div className="mt-1 space-y-1">
                  <p className="text-sm text-slate-700">{t("staff.answeredOn", { date: date(c.answeredAt) })}</p>
                  <p className="flex flex-wrap items-center gap-2">
                    {t("staff.score", { score: c.settledScore ?? 0 })}
                    {c.settledScore !== null && c.settledScore <= LOW_SCORE ? (
                      <Badge tone="warning">{t("staff.lowScore")}</Badge>
                    ) : null}
                    {c.wantsToTalk ? <Badge tone="priority">{t("staff.wantsToTalk")}</Badge> : null}
                  </p>
                  <p>
                    {c.difficulties.length
                      ? t("staff.difficulties", { list: c.difficulties.map((d) => t(`themes.${d}`)).join(", ") })
                      : t("staff.noDifficulty")}
                  </p>
                  {c.comment ? (
                    <p className="wrap-anywhere whitespace-pre-line">{t("staff.comment", { comment: c.comment })}</p>
                  ) : null}
                  {c.task ? (
                    <div className="flex flex-wrap items-center gap-3">
                      <p className="font-medium">
                        {c.task.doneAt
                          ? t("staff.taskDone", { date: date(c.task.doneAt) })
                          : t("staff.task", { date: formatCalendarDay(c.task.dueDate, locale) })}
                      </p>
                      {!c.task.doneAt && canAct ? (
                        <ClientMessages namespaces={["followUp"]}>
                          <FollowUpDoneButton tenantSlug={tenant.slug} taskId={c.task.id} who={who} />
                        </ClientMessages>
                      ) : null}
                    </div>
                  ) : null}
                </div>
              ) : (
                <p className="text-sm text-slate-700">
                  {c.expiresAt > now
                    ? t("staff.waiting", { date: date(c.expiresAt) })
                    : t("staff.expired", { date: date(c.expiresAt) })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
