"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { bookHousingAction } from "@/lib/housing/actions";
import { HOUSING_AUDIENCES, ZBookHousing, type TBookHousingInput } from "@/lib/housing/schemas";

/** Staff book nights for a named outside person (an intern, a locum who is not a member). */
export function GuestBookingForm({ tenantSlug, unitId }: { tenantSlug: string; unitId: string }) {
  const t = useTranslations("housing");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TBookHousingInput, unknown>({
    schema: ZBookHousing,
    action: (values) => bookHousingAction(tenantSlug, values),
    defaultValues: {
      unitId,
      arrival: "",
      departure: "",
      guestName: "",
      guestContact: "",
      audience: "INTERNS",
      price: "",
      notes: "",
    },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby="guest-booking-title">
      <h2 id="guest-booking-title" className="text-xl font-semibold">
        {t("guest.title")}
      </h2>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField form={form} name="arrival" type="date" label={t("search.arrival")} required />
        <TextField form={form} name="departure" type="date" label={t("search.departure")} required />
        <TextField form={form} name="guestName" label={t("guest.name")} required />
        <TextField form={form} name="guestContact" label={t("guest.contact")} required />
        <SelectField
          form={form}
          name="audience"
          label={t("guest.audience")}
          options={HOUSING_AUDIENCES.map((a) => ({ value: a, label: t(`audiences.${a}`) }))}
        />
        <TextField form={form} name="price" inputMode="numeric" label={t("offer.price")} />
        <TextField form={form} name="notes" label={t("offer.notes")} />
      </div>
      <SubmitButton pending={pending} label={t("guest.submit")} pendingLabel={t("saving")} />
    </form>
  );
}
