"use client";

import { useTranslations } from "next-intl";

import { SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestSignInLinkAction } from "@/lib/auth/actions";
import type { TSignInRequest } from "@/lib/auth/schemas";

// The sign-in page is public and light: zod comes after the page is interactive (issue 11).
const loadSchema = () => import("@/lib/auth/schemas").then((m) => m.ZSignInRequest);

export function LoginForm({ callbackUrl, defaultEmail }: { callbackUrl: string; defaultEmail?: string }) {
  const t = useTranslations("login");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TSignInRequest>({
    schema: loadSchema,
    action: requestSignInLinkAction,
    defaultValues: { email: defaultEmail ?? "", callbackUrl },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert errorKey={formError} successKey={successKey} />
      <TextField
        form={form}
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        hint={t("emailHint")}
        required
      />
      <input type="hidden" {...form.register("callbackUrl")} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
