import { createTranslator } from "next-intl";

import { toLocale } from "@/lib/i18n/config";
import enNetwork from "@/lib/i18n/messages/en.network.json";
import frNetwork from "@/lib/i18n/messages/fr.network.json";

// Loaded by the job worker (daily digest): no server-only, nothing from next/*.
const CATALOGUES = { fr: { networkMail: frNetwork.networkMail }, en: { networkMail: enNetwork.networkMail } };

/** The digest's lines about referrals waiting for an actor's answer. */
export function waitingReferralBlocks(
  locale: string | undefined,
  referrals: { reference: string; actor: string; url: string }[],
): { paragraph: string }[] {
  if (!referrals.length) return [];
  const language = toLocale(locale);
  const t = createTranslator({ locale: language, messages: CATALOGUES[language] });
  return [
    { paragraph: t("networkMail.digest.waiting", { count: referrals.length }) },
    ...referrals.map((r) => ({ paragraph: t("networkMail.digest.line", r) })),
  ];
}
