import { getTranslations } from "next-intl/server";

import { TrackingLinkButton } from "@/components/requests/mine/TrackingLinkButton";
import { requireSignedInPage } from "@/lib/auth/page-guards";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { formatDate } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { listMyRequests } from "@/lib/requests/mine";

export const generateMetadata = pageMetadata("myRequests");

export default async function MyRequestsPage() {
  const dateLocale = await readerDateLocale();
  const user = await requireSignedInPage("/mes-demandes");
  const t = await getTranslations("requests");
  const requests = await listMyRequests(user.email);
  return (
    <ClientMessages namespaces={["requests.mine"]}>
      <div className="space-y-6">
        <h1 className="page-title">{t("mine.title")}</h1>
        <p>{t("mine.intro", { email: user.email })}</p>
        {requests.length === 0 ? (
          <p>{t("mine.empty")}</p>
        ) : (
          <ul className="space-y-4">
            {requests.map((r) => (
              <li key={r.id} className="card space-y-2">
                <h2 className="text-lg font-semibold">
                  {r.tenant.name} — {r.reference}
                </h2>
                <p>
                  {t("mine.sent", { date: formatDate(r.createdAt, r.tenant.timeZone, dateLocale) })} ·{" "}
                  {t("staff.stage")} : <strong>{t(`stages.${r.stage}`)}</strong>
                </p>
                <ul className="list-inside list-disc text-sm">
                  {r.needs.map((n) => (
                    <li key={n.id}>
                      {t(`needs.${n.type}`)} : {t(`needStatus.${n.status}`)}
                    </li>
                  ))}
                </ul>
                <TrackingLinkButton requestId={r.id} reference={r.reference} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
