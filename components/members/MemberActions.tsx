"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";

import { useMessage } from "@/components/forms/Message";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, removeMemberAction } from "@/lib/members/actions";
import { ROLES } from "@/lib/tenancy/permissions";

/** Coordinator-only controls of one row; the server actions check the role again. */
export function MemberActions({
  tenantSlug,
  membershipId,
  role,
  name,
}: {
  tenantSlug: string;
  membershipId: string;
  role: Role;
  name: string;
}) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const message = useMessage();
  const selectId = useId();
  const [selected, setSelected] = useState<Role>(role);
  const [feedback, setFeedback] = useState<{ key: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: () => ReturnType<typeof changeRoleAction>) {
    startTransition(async () => {
      const result = await action();
      setFeedback(
        result.ok
          ? { key: result.messageKey ?? "", error: false }
          : { key: result.formError ?? "errors.unexpected", error: true },
      );
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        {t("changeRole", { name })}
      </label>
      <select
        id={selectId}
        value={selected}
        onChange={(e) => setSelected(e.target.value as Role)}
        className="rounded-md border border-slate-500 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tRoles(r)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn-secondary px-3 py-1 text-sm"
        disabled={pending || selected === role}
        onClick={() => run(() => changeRoleAction(tenantSlug, { membershipId, role: selected }))}
      >
        {t("saveRole")}
      </button>
      <button
        type="button"
        className="btn-danger"
        aria-label={t("removeLabel", { name })}
        disabled={pending}
        onClick={() => {
          if (window.confirm(t("confirmRemove", { name }))) run(() => removeMemberAction(tenantSlug, { membershipId }));
        }}
      >
        {t("remove")}
      </button>
      <span aria-live="polite" className={feedback?.error ? "text-sm text-red-700" : "text-sm text-green-800"}>
        {feedback ? message(feedback.key) : null}
      </span>
    </div>
  );
}
