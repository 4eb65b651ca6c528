"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { useMessage } from "@/components/forms/Message";
import { revokePendingInvitationAction } from "@/lib/invitations/actions";

/** Withdraws a pending invitation; the server action checks the role again. */
export function RevokeInvitationButton({
  tenantSlug,
  invitationId,
  email,
}: {
  tenantSlug: string;
  invitationId: string;
  email: string;
}) {
  const t = useTranslations("invitations");
  const message = useMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="btn-secondary px-3 py-1 text-sm"
        aria-label={t("revoke", { email })}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revokePendingInvitationAction(tenantSlug, { invitationId });
            setError(result.ok ? null : (result.formError ?? "errors.unexpected"));
          })
        }
      >
        {t("revokeShort")}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-800">
          {message(error)}
        </span>
      ) : null}
    </span>
  );
}
