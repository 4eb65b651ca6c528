"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";

import { useMessage } from "@/components/forms/Message";
import { Link } from "@/components/ui/Link";
import type { Profession } from "@/lib/generated/prisma/enums";
import { changeRequestStageAction } from "@/lib/requests/staff-actions";
import { PIPELINE } from "@/lib/requests/stages";

type Stage = "NEW" | "QUALIFIED" | "IN_PROGRESS" | "INSTALLED" | "MEMBER" | "CLOSED";
/** A card's data, in as few bytes as it takes (they travel twice: HTML and payload): flags only when set. */
export type BoardCard = {
  id: string;
  reference: string;
  /** First and last name. */
  name: string;
  profession: Profession;
  daysInStage: number;
  priority?: true;
  overdueNeeds?: number;
  overdueResponse?: true;
};
/** `listHref`: the list view filtered on the column, for the cards past the cap. */
export type BoardColumn = { stage: Stage; count: number; cards: BoardCard[]; listHref: string };

const MOVABLE: readonly Stage[] = PIPELINE;

/**
 * Drag a card to another column, or use its "Déplacer vers" menu (keyboard and screen readers).
 * Either way the server action checks the stage rules; closing needs a reason, so it is done from the request page.
 */
export function RequestBoard({ tenantSlug, columns }: { tenantSlug: string; columns: BoardColumn[] }) {
  const t = useTranslations("requests");
  const message = useMessage();
  const router = useRouter();
  const [feedback, setFeedback] = useState<{ key: string; error: boolean; values?: Record<string, string> } | null>(
    null,
  );
  const [pending, startTransition] = useTransition();
  const [dragOver, setDragOver] = useState<Stage | null>(null);

  const move = (card: BoardCard, to: Stage) =>
    startTransition(async () => {
      const result = await changeRequestStageAction(tenantSlug, { requestId: card.id, to });
      if (result.ok) {
        setFeedback({
          key: "requests.board.moved",
          error: false,
          values: { reference: card.reference, stage: t(`stages.${to}`) },
        });
        router.refresh();
      } else {
        setFeedback({ key: result.formError ?? "errors.unexpected", error: true });
      }
    });

  const find = (id: string) => columns.flatMap((c) => c.cards).find((c) => c.id === id);

  return (
    <div className="space-y-3">
      <p aria-live="polite" role="status" className={feedback?.error ? "font-medium text-red-700" : "text-green-800"}>
        {feedback ? (feedback.values ? t("board.moved", feedback.values) : message(feedback.key)) : null}
      </p>
      <div className="grid gap-3 overflow-x-auto md:grid-cols-3 xl:grid-cols-6" aria-busy={pending || undefined}>
        {columns.map((column) => (
          <section
            key={column.stage}
            aria-labelledby={`col-${column.stage}`}
            onDragOver={(e) => {
              if (MOVABLE.includes(column.stage)) {
                e.preventDefault();
                setDragOver(column.stage);
              }
            }}
            onDragLeave={() => setDragOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              setDragOver(null);
              const card = find(e.dataTransfer.getData("text/plain"));
              if (card) move(card, column.stage);
            }}
            className={`min-h-40 rounded-lg border p-2 ${dragOver === column.stage ? "border-brand bg-sky-50" : "border-slate-300 bg-slate-100"}`}
          >
            <h2 id={`col-${column.stage}`} className="mb-2 font-semibold">
              {t(`stages.${column.stage}`)} <span className="text-slate-700">({column.count})</span>
            </h2>
            <ul className="space-y-2">
              {column.cards.map((card) => (
                <Card
                  key={card.id}
                  card={card}
                  stage={column.stage}
                  tenantSlug={tenantSlug}
                  onMove={move}
                  disabled={pending}
                />
              ))}
            </ul>
            {column.count > column.cards.length ? (
              <p className="mt-2 text-sm">
                <Link className="link" href={column.listHref}>
                  {t("board.more", { count: column.count - column.cards.length })}
                </Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}

function Card({
  card,
  stage,
  tenantSlug,
  onMove,
  disabled,
}: {
  card: BoardCard;
  stage: Stage;
  tenantSlug: string;
  onMove: (card: BoardCard, to: Stage) => void;
  disabled: boolean;
}) {
  const t = useTranslations("requests");
  const selectId = useId();
  const [target, setTarget] = useState<Stage | "">("");
  const [open, setOpen] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (open) selectRef.current?.focus();
  }, [open]);
  return (
    <li
      draggable
      onDragStart={(e) => e.dataTransfer.setData("text/plain", card.id)}
      className={card.overdueResponse || card.overdueNeeds ? "board-card border-amber-700" : "board-card"}
    >
      <Link className="link" href={`/${tenantSlug}/admin/requests/${card.id}`}>
        {card.reference}
      </Link>
      <p>{card.name}</p>
      <p className="text-slate-700">
        {`${t(`professions.${card.profession}`)} · ${t("staff.daysInStage", { days: card.daysInStage })}`}
      </p>
      {card.priority ? <p className="font-semibold text-purple-800">{t("staff.priority")}</p> : null}
      {card.overdueResponse ? <p className="font-semibold text-red-700">{t("staff.overdueResponse")}</p> : null}
      {card.overdueNeeds ? (
        <p className="font-semibold text-amber-800">{t("staff.overdueNeeds", { count: card.overdueNeeds })}</p>
      ) : null}
      {stage !== "MEMBER" && stage !== "CLOSED" ? (
        open ? (
          <div className="mt-2 flex gap-1">
            <label htmlFor={selectId} className="sr-only">
              {t("board.moveLabel", { reference: card.reference })}
            </label>
            <select
              id={selectId}
              ref={selectRef}
              value={target}
              onChange={(e) => setTarget(e.target.value as Stage)}
              className="min-w-0 flex-1 rounded border border-slate-500 bg-white px-1 py-1 text-sm"
            >
              <option value="">{t("board.moveTo")}</option>
              {MOVABLE.filter((s) => s !== stage).map((s) => (
                <option key={s} value={s}>
                  {t(`stages.${s}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn-secondary px-2 py-1 text-sm"
              disabled={!target || disabled}
              onClick={() => target && onMove(card, target)}
            >
              {t("board.move")}
              <span className="sr-only">{` ${card.reference}`}</span>
            </button>
          </div>
        ) : (
          // The menu is rendered on demand: a board of a hundred cards stays light (issue 11: ≤ 60 KB).
          <button type="button" className="link mt-1 text-sm" onClick={() => setOpen(true)}>
            {t("board.open")}
            <span className="sr-only">{` ${card.reference}`}</span>
          </button>
        )
      ) : null}
    </li>
  );
}
