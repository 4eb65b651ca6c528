"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { anonymiseRequest } from "@/lib/requests/staff-actions";

export function AnonymiseButton({ tenantSlug, requestId }: { tenantSlug: string; requestId: string }) {
  const t = useTranslations("requests.staff");
  return (
    <ActionButton
      variant="danger"
      label={t("anonymise")}
      confirm={t("anonymiseConfirm")}
      action={() => anonymiseRequest(tenantSlug, { requestId })}
    />
  );
}
