import { getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/ActionButton";
import { ActionFeedbackRegion } from "@/components/forms/ActionFeedback";
import { Link } from "@/components/ui/Link";
import type { NeedType } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDate } from "@/lib/i18n/format";
import { markAidSentAction } from "@/lib/network/aid-actions";
import {
  introduceReferralAction,
  proposeReferralAction,
  recordPhoneConsentAction,
  revokeActorLinkAction,
  setReferralOutcomeAction,
} from "@/lib/network/referral-actions";
import type { RequestPage } from "@/lib/requests/queries";

type Props = {
  tenant: { slug: string; timeZone: string };
  request: {
    id: string;
    needs: { id: string; type: NeedType }[];
  };
  open: boolean;
  /** Loaded with the request page (lib/requests/queries.ts: getRequestPage). */
  network: RequestPage["network"];
};

/**
 * The request page's network part (issue 12): for each need, its referrals and the actors that fit;
 * then the installation aids to suggest. Its data comes with the page's (getRequestPage).
 */
// The answers of the referral and aid actions: the rest of "network" (directory, import, orientation
// page…) stays on the server (issue 11: the request page's HTML).
const REQUEST_NETWORK_MESSAGES = ["network.referrals", "network.aids.markedSent", "network.errors"];

export async function RequestNetwork({ tenant, request, open, network: { referrals, fits, aids, sent } }: Props) {
  const t = await getTranslations("network");
  const tReq = await getTranslations("requests");
  const sentIds = new Set(sent.map((s) => s.aidId));
  const slug = tenant.slug;
  return (
    <ClientMessages namespaces={REQUEST_NETWORK_MESSAGES}>
      <section aria-labelledby="referrals" className="card space-y-4">
        <h2 id="referrals" className="text-xl font-semibold">
          {t("referrals.title")}
        </h2>
        {/* Buttons leave or change once their action has run: their confirmation is spoken here. */}
        <ActionFeedbackRegion>
          {request.needs.map((need) => {
            const mine = referrals.filter((r) => r.needId === need.id);
            const referred = new Set(mine.filter((r) => r.consent !== "DECLINED").map((r) => r.actor.id));
            const candidates = fits.filter((a) => a.needTypes.includes(need.type) && !referred.has(a.id)).slice(0, 8);
            return (
              <div key={need.id} className="space-y-2 rounded-md border border-slate-300 p-3">
                <h3 className="font-semibold">{t("referrals.forNeed", { need: tReq(`needs.${need.type}`) })}</h3>
                {mine.length ? (
                  <ul className="space-y-2">
                    {mine.map((r) => (
                      <li key={r.id} className="space-y-1 rounded bg-slate-50 p-2">
                        <p>
                          <Link className="link font-medium" href={`/${slug}/admin/network/${r.actor.id}`}>
                            {r.actor.name}
                          </Link>
                          {r.contact ? ` (${r.contact.name})` : ""} — {t(`status.${r.status}`)} —{" "}
                          {t(`consentStates.${r.consent}`)}
                        </p>
                        {r.actorAnswer ? (
                          <p className="text-sm">
                            {t("referrals.actorSaid", { answer: t(`answers.${r.actorAnswer}`) })}
                            {r.actorMessage ? ` — « ${r.actorMessage} »` : ""}
                          </p>
                        ) : null}
                        {r.actorTokenExpiresAt ? (
                          <p className="text-sm text-slate-700">
                            {r.actorTokenRevokedAt
                              ? t("referrals.linkRevoked")
                              : t("referrals.linkUntil", { date: formatDate(r.actorTokenExpiresAt, tenant.timeZone) })}
                          </p>
                        ) : null}
                        <div className="flex flex-wrap gap-2">
                          {r.consent === "PENDING" ? (
                            <>
                              <ActionButton
                                action={recordPhoneConsentAction.bind(null, slug, { referralId: r.id, accept: true })}
                                label={t("referrals.phoneConsent")}
                                srLabel={r.actor.name}
                              />
                              <ActionButton
                                action={recordPhoneConsentAction.bind(null, slug, { referralId: r.id, accept: false })}
                                label={t("referrals.phoneDecline")}
                                srLabel={r.actor.name}
                              />
                            </>
                          ) : null}
                          {r.consent === "ACCEPTED" && (r.status === "PROPOSED" || r.status === "CONTACTED") ? (
                            <ActionButton
                              action={introduceReferralAction.bind(null, slug, { referralId: r.id })}
                              label={r.status === "PROPOSED" ? t("referrals.introduce") : t("referrals.reintroduce")}
                              srLabel={r.actor.name}
                            />
                          ) : null}
                          {r.actorTokenExpiresAt && !r.actorTokenRevokedAt ? (
                            <ActionButton
                              action={revokeActorLinkAction.bind(null, slug, { referralId: r.id })}
                              label={t("referrals.revoke")}
                              srLabel={r.actor.name}
                            />
                          ) : null}
                          {r.status === "CONTACTED" || r.status === "ANSWERED" ? (
                            <>
                              <ActionButton
                                action={setReferralOutcomeAction.bind(null, slug, {
                                  referralId: r.id,
                                  status: "HELPED",
                                })}
                                label={t("referrals.markHelped")}
                                srLabel={r.actor.name}
                              />
                              <ActionButton
                                action={setReferralOutcomeAction.bind(null, slug, {
                                  referralId: r.id,
                                  status: "COULD_NOT_HELP",
                                })}
                                label={t("referrals.markCouldNot")}
                                srLabel={r.actor.name}
                              />
                              <ActionButton
                                action={setReferralOutcomeAction.bind(null, slug, {
                                  referralId: r.id,
                                  status: "NO_ANSWER",
                                })}
                                label={t("referrals.markNoAnswer")}
                                srLabel={r.actor.name}
                              />
                            </>
                          ) : null}
                        </div>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {open ? (
                  <>
                    <h4 className="text-sm font-semibold">{t("referrals.fits")}</h4>
                    {candidates.length === 0 ? (
                      <p className="text-sm">{t("referrals.noFit")}</p>
                    ) : (
                      <ul className="space-y-1">
                        {candidates.map((a) => (
                          <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                            <Link className="link" href={`/${slug}/admin/network/${a.id}`}>
                              {a.name}
                            </Link>
                            {a.helped > 0 ? (
                              <span className="text-sm text-slate-700">
                                {t("referrals.helpedBefore", { count: a.helped })}
                              </span>
                            ) : null}
                            <ActionButton
                              action={proposeReferralAction.bind(null, slug, { needId: need.id, actorId: a.id })}
                              label={t("referrals.orient")}
                              srLabel={`${a.name} — ${tReq(`needs.${need.type}`)}`}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                ) : null}
              </div>
            );
          })}
        </ActionFeedbackRegion>
      </section>

      <section aria-labelledby="aid-suggestions" className="card space-y-3">
        <h2 id="aid-suggestions" className="text-xl font-semibold">
          {t("aids.suggestions")}
        </h2>
        <p className="text-sm text-slate-700">{t("aids.suggestionsIntro")}</p>
        <ActionFeedbackRegion>
          {aids.length === 0 ? (
            <p>{t("aids.noSuggestions")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {aids.map((aid) => (
                <li key={aid.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-medium">{aid.name}</span> — {t(`aids.funders.${aid.funder}`)}
                    {aid.amount ? ` — ${aid.amount}` : ""}
                  </span>
                  {sentIds.has(aid.id) ? (
                    <span className="text-sm font-semibold">{t("aids.sent")}</span>
                  ) : (
                    <ActionButton
                      action={markAidSentAction.bind(null, slug, { requestId: request.id, aidId: aid.id })}
                      label={t("aids.markSent")}
                      srLabel={aid.name}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </ActionFeedbackRegion>
      </section>
    </ClientMessages>
  );
}
