import { getTranslations } from "next-intl/server";

import type { RequestStage } from "@/lib/generated/prisma/enums";
import { PIPELINE } from "@/lib/requests/stages";

/** The pipeline as a progress line; shared by the newcomer page and the staff page. */
export async function StageProgress({ stage }: { stage: RequestStage }) {
  const t = await getTranslations("requests");
  const current = PIPELINE.indexOf(stage);
  return (
    <ol className="grid grid-cols-1 gap-2 sm:grid-cols-5">
      {PIPELINE.map((s, i) => {
        const state = stage === "CLOSED" ? "todo" : i < current ? "done" : i === current ? "current" : "todo";
        return (
          <li
            key={s}
            aria-current={state === "current" ? "step" : undefined}
            className={`rounded-md border px-3 py-2 text-sm ${state === "current" ? "border-brand bg-brand font-semibold text-white" : state === "done" ? "border-brand bg-sky-50 text-slate-900" : "border-slate-300 bg-white text-slate-800"}`}
          >
            {state === "done" ? "✓ " : ""}
            {t(`stages.${s}`)}
            {state === "current" ? <span className="sr-only"> ({t("track.currentStage")})</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
