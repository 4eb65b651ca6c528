"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { anonymiseRequest } from "@/lib/requests/staff-actions";
import { useMessage } from "@/components/forms/Message";

export function AnonymiseButton({ tenantSlug, requestId }: { tenantSlug: string; requestId: string }) {
  const t = useTranslations("requests.staff");
  const message = useMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button type="button" className="btn-danger" disabled={pending} onClick={() => {
        if (!window.confirm(t("anonymiseConfirm"))) return;
        startTransition(async () => {
          const result = await anonymiseRequest(tenantSlug, { requestId });
          if (result && !result.ok) setError(result.formError ?? "errors.unexpected");
        });
      }}>{t("anonymise")}</button>
      {error ? <p role="alert" className="text-sm text-red-700">{message(error)}</p> : null}
    </div>
  );
}
