"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { anonymiseRequestAction } from "@/lib/requests/staff-actions";

export function AnonymiseButton({ tenantSlug, requestId }: { tenantSlug: string; requestId: string }) {
  const t = useTranslations("requests.staff");
  return (
    <ActionButton
      variant="danger"
      label={t("anonymise")}
      confirm={t("anonymiseConfirm")}
      action={() => anonymiseRequestAction(tenantSlug, { requestId })}
    />
  );
}
