"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { completeFollowUpTaskAction } from "@/lib/followup/actions";

/** Needs the "followUp" namespace in its <ClientMessages>. */
export function FollowUpDoneButton({ tenantSlug, taskId, who }: { tenantSlug: string; taskId: string; who: string }) {
  const t = useTranslations("followUp.staff");
  return (
    <ActionButton label={t("done")} srLabel={who} action={() => completeFollowUpTaskAction(tenantSlug, { taskId })} />
  );
}
