"use client";

import { useTranslations } from "next-intl";

import { SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { offerHousingAction } from "@/lib/housing/actions";
import { ZOfferHousing, type TOfferHousingInput } from "@/lib/housing/schemas";

/** Staff place an option on a free unit for the newcomer's dates (from the request page's search). */
export function OfferForm({
  tenantSlug,
  requestId,
  unitId,
  unitName,
  arrival,
  departure,
  suggestedPrice,
}: {
  tenantSlug: string;
  requestId: string;
  unitId: string;
  unitName: string;
  arrival: string;
  departure: string;
  suggestedPrice: string;
}) {
  const t = useTranslations("housing.offer");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TOfferHousingInput, unknown>({
    schema: ZOfferHousing,
    action: (values) => offerHousingAction(tenantSlug, values),
    defaultValues: { requestId, unitId, arrival, departure, price: suggestedPrice, optionDays: 5, notes: "" },
  });
  if (successKey) return <FormAlert errorKey={null} successKey={successKey} />;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-2 grid gap-3 sm:grid-cols-3"
      aria-label={t("label", { unit: unitName })}
    >
      <div className="sm:col-span-3">
        <FormAlert errorKey={formError} successKey={null} />
      </div>
      <TextField form={form} name="price" inputMode="numeric" label={t("price")} />
      <TextField form={form} name="optionDays" type="number" inputMode="numeric" label={t("optionDays")} required />
      <TextField form={form} name="notes" label={t("notes")} />
      <div>
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
      </div>
    </form>
  );
}
