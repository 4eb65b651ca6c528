import { getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/ActionButton";
import { ActionFeedbackRegion } from "@/components/forms/ActionFeedback";
import { Link } from "@/components/ui/Link";
import type { NeedType, Profession } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatCalendarDay } from "@/lib/i18n/format";
import { answerConsentAction } from "@/lib/network/referral-actions";
import type { SharedDetails } from "@/lib/network/referrals";
import type { TrackingPage } from "@/lib/requests/queries";

type Props = {
  tenant: { slug: string };
  token: string;
  open: boolean;
  /** Loaded with the tracking page's request (lib/requests/queries.ts: getTrackingPage). */
  referrals: TrackingPage["referrals"];
  aids: TrackingPage["aids"];
};

/**
 * The tracking page's network part (issue 12): the introductions the team suggests, what each would
 * share, the newcomer's consent, the outcomes; and the aids the team pointed out.
 */
// The answers of the consent buttons: the rest of "network" stays on the server (issue 11).
const TRACKING_NETWORK_MESSAGES = ["network.consent.accepted", "network.consent.declined", "network.errors"];

export async function TrackingNetwork({ tenant, token, open, referrals, aids }: Props) {
  const t = await getTranslations("network");
  const tReq = await getTranslations("requests");
  const pending = open ? referrals.filter((r) => r.consent === "PENDING" && r.status === "PROPOSED") : [];
  const others = referrals.filter((r) => !pending.includes(r));
  return (
    <ClientMessages namespaces={TRACKING_NETWORK_MESSAGES}>
      {referrals.length ? (
        <section aria-labelledby="introductions" className="card space-y-3">
          <h2 id="introductions" className="text-xl font-semibold">
            {t("consent.title")}
          </h2>
          {pending.length ? <p>{t("consent.intro")}</p> : null}
          {/* The buttons leave with the answered proposal: their confirmation is spoken here. */}
          <ActionFeedbackRegion>
            <ul className="space-y-3">
              {pending.map((r) => {
                const shared = r.sharedDetails as SharedDetails;
                return (
                  <li key={r.id} className="space-y-2 rounded-md border border-slate-300 p-3">
                    <p className="font-medium">
                      {t("consent.actor", {
                        actor: r.actor.name,
                        category: t(`categories.${r.actor.category}`),
                        need: tReq(`needs.${shared.needType as NeedType}`),
                      })}
                    </p>
                    <p>{t("consent.wouldShare")}</p>
                    <ul className="list-inside list-disc text-sm">
                      <li>{t("consent.sharedName", { name: `${shared.firstName} ${shared.lastName}` })}</li>
                      {shared.profession ? (
                        <li>
                          {t("consent.sharedProfession", {
                            profession: tReq(`professions.${shared.profession as Profession}`),
                          })}
                        </li>
                      ) : null}
                      {shared.arrivalDate ? (
                        <li>
                          {t("consent.sharedArrival", {
                            date: formatCalendarDay(new Date(`${shared.arrivalDate}T00:00:00Z`)),
                          })}
                        </li>
                      ) : null}
                      <li>{t("consent.sharedNeed")}</li>
                    </ul>
                    <p className="text-sm text-slate-700">{t("consent.never")}</p>
                    <div className="flex flex-wrap gap-3">
                      <ActionButton
                        action={answerConsentAction.bind(null, tenant.slug, { token, referralId: r.id, accept: true })}
                        label={t("consent.accept")}
                        srLabel={r.actor.name}
                      />
                      <ActionButton
                        action={answerConsentAction.bind(null, tenant.slug, { token, referralId: r.id, accept: false })}
                        label={t("consent.decline")}
                        srLabel={r.actor.name}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
            {others.length ? (
              <ul className="space-y-1">
                {others.map((r) => {
                  const shared = r.sharedDetails as Partial<SharedDetails>;
                  const state = r.consent === "DECLINED" ? "DECLINED" : r.status;
                  return (
                    <li key={r.id}>
                      {t("consent.state", {
                        actor: r.actor.name,
                        need: shared.needType ? tReq(`needs.${shared.needType as NeedType}`) : "—",
                        state: t(`consent.outcome.${state}`),
                      })}
                      {r.actorAnswer ? ` — ${t(`consent.answer.${r.actorAnswer}`)}` : ""}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </ActionFeedbackRegion>
        </section>
      ) : null}
      <section aria-labelledby="aids" className="card space-y-2">
        <h2 id="aids" className="text-xl font-semibold">
          {t("aids.sentTitle")}
        </h2>
        {aids.length ? (
          <ul className="divide-y divide-slate-200">
            {aids.map((s) => (
              <li key={s.aidId} className="space-y-1 py-2">
                <p>
                  <span className="font-medium">{s.aid.name}</span> — {t(`aids.funders.${s.aid.funder}`)}
                  {s.aid.amount ? ` — ${s.aid.amount}` : ""}
                </p>
                {s.aid.howToApply ? <p className="text-sm">{s.aid.howToApply}</p> : null}
                {s.aid.link ? (
                  <a className="link text-sm" href={s.aid.link} rel="noopener noreferrer" target="_blank">
                    {t("aids.moreInfo")}
                    <span className="sr-only"> : {s.aid.name}</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <Link className="link" href={`/${tenant.slug}/aides`}>
            {t("aids.publicLink")}
          </Link>
        </p>
      </section>
    </ClientMessages>
  );
}
