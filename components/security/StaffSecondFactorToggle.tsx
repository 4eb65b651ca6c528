"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { requireStaffSecondFactorAction } from "@/lib/auth/tenant-security-actions";

export function StaffSecondFactorToggle({ tenantSlug, required }: { tenantSlug: string; required: boolean }) {
  const t = useTranslations("security.tenantSetting");
  return (
    <div className="space-y-2">
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      <p>{required ? t("on") : t("off")}</p>
      <ActionButton
        label={required ? t("stopRequiring") : t("require")}
        action={() => requireStaffSecondFactorAction(tenantSlug, { required: !required })}
      />
    </div>
  );
}
