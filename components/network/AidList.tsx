import { getTranslations } from "next-intl/server";

import type { AidFunder, PracticeMode, Profession } from "@/lib/generated/prisma/enums";
import { formatCalendarDay } from "@/lib/i18n/format";

type Aid = {
  id: string;
  name: string;
  funder: AidFunder;
  amount: string;
  professions: Profession[];
  practiceModes: PracticeMode[];
  zones: string;
  conditions: string;
  howToApply: string;
  link: string;
  validUntil: Date | null;
};

/** The aids as the public page and the staff list show them; `actions` adds the staff's buttons. */
export async function AidList({ aids, actions }: { aids: Aid[]; actions?: (aid: Aid) => React.ReactNode }) {
  const t = await getTranslations("network.aids");
  const tReq = await getTranslations("requests");
  if (aids.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="space-y-3">
      {aids.map((aid) => (
        <li key={aid.id} className="card space-y-1">
          <h2 className="text-lg font-semibold">{aid.name}</h2>
          <p>
            {t(`funders.${aid.funder}`)}
            {aid.amount ? ` — ${aid.amount}` : ""}
            {aid.validUntil ? ` — ${t("until", { date: formatCalendarDay(aid.validUntil) })}` : ""}
          </p>
          <p className="text-sm">
            <span className="font-medium">{t("professions")} :</span>{" "}
            {aid.professions.length ? aid.professions.map((p) => tReq(`professions.${p}`)).join(", ") : t("everyone")}
            {aid.practiceModes.length
              ? ` — ${aid.practiceModes.map((m) => tReq(`practiceModes.${m}`)).join(", ")}`
              : ""}
          </p>
          {aid.zones ? (
            <p className="text-sm">
              <span className="font-medium">{t("zones")} :</span> {aid.zones}
            </p>
          ) : null}
          {aid.conditions ? (
            <p className="text-sm whitespace-pre-line">
              <span className="font-medium">{t("conditions")} :</span> {aid.conditions}
            </p>
          ) : null}
          {aid.howToApply ? (
            <p className="text-sm whitespace-pre-line">
              <span className="font-medium">{t("howToApply")} :</span> {aid.howToApply}
            </p>
          ) : null}
          {aid.link ? (
            <p>
              <a className="link text-sm" href={aid.link} rel="noopener noreferrer" target="_blank">
                {t("moreInfo")}
                <span className="sr-only"> : {aid.name}</span>
              </a>
            </p>
          ) : null}
          {actions ? <div className="flex flex-wrap gap-3 pt-1">{actions(aid)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
