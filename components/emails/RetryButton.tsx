"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { retryEmailAction } from "@/lib/mail/actions";

export function RetryButton({ tenantSlug, emailId }: { tenantSlug: string; emailId: string }) {
  const t = useTranslations("emails");
  return <ActionButton label={t("retry")} action={() => retryEmailAction(tenantSlug, { emailId })} />;
}
