"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { cancelMyRegistrationAction } from "@/lib/events/actions";

export function CancelRegistrationButton({
  tenantSlug,
  eventId,
  title,
}: {
  tenantSlug: string;
  eventId: string;
  title: string;
}) {
  const t = useTranslations("events");
  return (
    <ActionButton
      variant="danger"
      label={t("cancel")}
      srLabel={`: ${title}`}
      confirm={t("cancelConfirm")}
      action={() => cancelMyRegistrationAction(tenantSlug, { eventId })}
    />
  );
}
