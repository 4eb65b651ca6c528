"use client";

import { useState, useTransition } from "react";

import { useMessage } from "@/components/forms/Message";
import { acceptInvitationAction } from "@/lib/invitations/actions";

export function AcceptInvitation({ tenantSlug, token, label }: { tenantSlug: string; token: string; label: string }) {
  const message = useMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      {error ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-800">
          {message(error)}
        </p>
      ) : null}
      <button
        type="button"
        className="btn-primary"
        disabled={pending}
        aria-busy={pending || undefined}
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction(tenantSlug, { token });
            if (result && !result.ok) setError(result.formError ?? "errors.unexpected");
          })
        }
      >
        {label}
      </button>
    </div>
  );
}
