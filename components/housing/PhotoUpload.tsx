"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { FormAlert } from "@/components/forms/Message";

/** Sends one photo to the upload route (phone photos exceed a server action's body limit), then refreshes. */
export function PhotoUpload({ tenantSlug, unitId, maxMb }: { tenantSlug: string; unitId: string; maxMb: number }) {
  const t = useTranslations("housing.photos");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ error: string | null; success: string | null }>({
    error: null,
    success: null,
  });
  return (
    <form
      className="space-y-2"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        setPending(true);
        setResult({ error: null, success: null });
        try {
          const response = await fetch(`/${tenantSlug}/admin/housing/${unitId}/photos`, {
            method: "POST",
            body: new FormData(form),
          });
          const body = (await response.json().catch(() => null)) as { ok: boolean; formError?: string } | null;
          if (body?.ok) {
            form.reset();
            setResult({ error: null, success: "housing.photos.added" });
            router.refresh();
          } else setResult({ error: body?.formError ?? "errors.unexpected", success: null });
        } catch {
          setResult({ error: "errors.network", success: null });
        } finally {
          setPending(false);
        }
      }}
    >
      <FormAlert errorKey={result.error} successKey={result.success} />
      <label htmlFor={id} className="font-medium">
        {t("choose")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t("hint", { max: maxMb })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          type="file"
          name="photo"
          required
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${id}-hint`}
        />
        <button type="submit" className="btn-secondary px-3 py-1" disabled={pending} aria-busy={pending || undefined}>
          {pending ? t("sending") : t("send")}
        </button>
      </div>
    </form>
  );
}
