"use client";

import { useTranslations } from "next-intl";
import { retryEmail } from "@/lib/mail/actions";
import { ActionButton } from "@/components/forms/ActionButton";

export function RetryButton({ tenantSlug, emailId }: { tenantSlug: string; emailId: string }) {
  const t = useTranslations("emails");
  return <ActionButton label={t("retry")} action={() => retryEmail(tenantSlug, { emailId })} />;
}
