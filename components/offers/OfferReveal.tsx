"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { ActionButton } from "@/components/forms/ActionButton";
import { useMessage } from "@/components/forms/Message";
import { claimOfferAction, revealOfferAction } from "@/lib/offers/actions";

/** The claim details are fetched on demand: each opening counts as a view for the partner report. */
export function OfferReveal({ tenantSlug, offerId, title }: { tenantSlug: string; offerId: string; title: string }) {
  const t = useTranslations("offers");
  const message = useMessage();
  const [howTo, setHowTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (howTo !== null) {
    return (
      <div className="space-y-2 rounded-md bg-sky-50 p-3">
        <p className="font-semibold">{t("howTo")}</p>
        <p className="whitespace-pre-line">{howTo}</p>
        <ActionButton
          label={t("claim")}
          srLabel={`: ${title}`}
          action={() => claimOfferAction(tenantSlug, { offerId })}
        />
      </div>
    );
  }
  return (
    <div>
      <button
        type="button"
        className="btn-secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revealOfferAction(tenantSlug, { offerId });
            if (result.ok) setHowTo(result.data.howToClaim);
            else setError(result.formError ?? "errors.unexpected");
          })
        }
      >
        {t("reveal")}
        <span className="sr-only"> : {title}</span>
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {message(error)}
        </p>
      ) : null}
    </div>
  );
}
