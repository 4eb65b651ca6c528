"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { reissueTrackingLinkAction, revokeTrackingLinkAction } from "@/lib/requests/staff-actions";

export function TrackingLinkTools({ tenantSlug, requestId }: { tenantSlug: string; requestId: string }) {
  const t = useTranslations("requests.staff");
  return (
    <div className="flex flex-col items-start gap-2">
      <ActionButton label={t("reissue")} action={() => reissueTrackingLinkAction(tenantSlug, { requestId })} />
      <ActionButton
        variant="danger"
        label={t("revoke")}
        action={() => revokeTrackingLinkAction(tenantSlug, { requestId })}
      />
    </div>
  );
}
