"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { emailMyTrackingLinkAction } from "@/lib/requests/mine-actions";

export function TrackingLinkButton({ requestId, reference }: { requestId: string; reference: string }) {
  const t = useTranslations("requests.mine");
  return (
    <ActionButton
      label={t("sendLink")}
      srLabel={`(${reference})`}
      action={() => emailMyTrackingLinkAction({ requestId })}
    />
  );
}
