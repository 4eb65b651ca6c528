"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import {
  CheckboxField,
  optionsOf,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "@/components/forms/Field";
import { useMessage } from "@/components/forms/Message";
import { TitledForm } from "@/components/forms/TitledForm";
import { useActionForm } from "@/components/forms/use-action-form";
import { createHousingUnitAction, updateHousingUnitAction } from "@/lib/housing/actions";
import {
  HOUSING_AUDIENCES,
  HOUSING_KINDS,
  HOUSING_UNIT_STATUSES,
  ZHousingUnitInput,
  type THousingUnitInput,
} from "@/lib/housing/schemas";

export const EMPTY_UNIT: THousingUnitInput = {
  name: "",
  kind: "STUDIO",
  ownerName: "",
  ownerContact: "",
  commune: "",
  area: "",
  address: "",
  description: "",
  rooms: 1,
  beds: 1,
  furnished: true,
  accessible: false,
  accessibilityNotes: "",
  rentMonth: "",
  priceNight: "",
  deposit: "",
  audiences: ["NEWCOMERS"],
  openToMembers: false,
  minNights: "",
  maxNights: "",
  houseRules: "",
  status: "AVAILABLE",
};

/** Creates a unit (then opens its page), or edits one when `unitId` is given. */
export function UnitForm({
  tenantSlug,
  unitId,
  values,
}: {
  tenantSlug: string;
  unitId?: string;
  values?: THousingUnitInput;
}) {
  const t = useTranslations("housing");
  const message = useMessage();
  const router = useRouter();
  const { form, onSubmit, formError, successKey, pending } = useActionForm<THousingUnitInput, unknown>({
    schema: ZHousingUnitInput,
    action: (v) =>
      unitId ? updateHousingUnitAction(tenantSlug, { ...v, unitId }) : createHousingUnitAction(tenantSlug, v),
    defaultValues: values ?? EMPTY_UNIT,
    onSuccess: (result) => {
      const data = result.data as { id?: string } | undefined;
      if (!unitId && data?.id) router.push(`/${tenantSlug}/admin/housing/${data.id}`);
    },
  });
  const audienceError = form.formState.errors.audiences?.message;
  return (
    <TitledForm
      id="unit-form-title"
      title={unitId ? t("editUnit") : t("newUnit")}
      onSubmit={onSubmit}
      formError={formError}
      successKey={successKey}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="name" label={t("fields.name")} required />
        <SelectField
          form={form}
          name="kind"
          label={t("fields.kind")}
          required
          options={optionsOf(HOUSING_KINDS, (k) => t(`kinds.${k}`))}
        />
        <TextField form={form} name="commune" label={t("fields.commune")} required />
        <TextField form={form} name="area" label={t("fields.area")} hint={t("fields.areaHint")} />
        <TextField form={form} name="address" label={t("fields.address")} hint={t("fields.addressHint")} />
        <TextField form={form} name="ownerName" label={t("fields.ownerName")} />
        <TextField form={form} name="ownerContact" label={t("fields.ownerContact")} />
        <TextField form={form} name="rooms" type="number" inputMode="numeric" label={t("fields.rooms")} required />
        <TextField form={form} name="beds" type="number" inputMode="numeric" label={t("fields.beds")} required />
        <TextField form={form} name="rentMonth" inputMode="numeric" label={t("fields.rentMonth")} />
        <TextField form={form} name="priceNight" inputMode="numeric" label={t("fields.priceNight")} />
        <TextField form={form} name="deposit" inputMode="numeric" label={t("fields.deposit")} />
        <TextField form={form} name="minNights" inputMode="numeric" label={t("fields.minNights")} />
        <TextField form={form} name="maxNights" inputMode="numeric" label={t("fields.maxNights")} />
        <SelectField
          form={form}
          name="status"
          label={t("fields.status")}
          options={optionsOf(HOUSING_UNIT_STATUSES, (s) => t(`unitStatuses.${s}`))}
        />
      </div>
      <fieldset className="space-y-2" aria-describedby={audienceError ? "unit-audiences-error" : undefined}>
        <legend className="font-medium text-slate-900">{t("fields.audiences")}</legend>
        {HOUSING_AUDIENCES.map((a) => (
          <label key={a} className="flex items-center gap-3">
            <input
              type="checkbox"
              value={a}
              className="h-5 w-5 accent-brand"
              defaultChecked={(values ?? EMPTY_UNIT).audiences.includes(a)}
              {...form.register("audiences")}
            />
            {t(`audiences.${a}`)}
          </label>
        ))}
        {audienceError ? (
          <p id="unit-audiences-error" className="text-sm font-medium text-red-700">
            {message(audienceError)}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-2">
        <CheckboxField form={form} name="furnished" label={t("fields.furnished")} />
        <CheckboxField form={form} name="accessible" label={t("fields.accessible")} />
        <CheckboxField form={form} name="openToMembers" label={t("fields.openToMembers")} />
      </div>
      <TextField form={form} name="accessibilityNotes" label={t("fields.accessibilityNotes")} />
      <TextAreaField form={form} name="description" label={t("fields.description")} rows={3} />
      <TextAreaField form={form} name="houseRules" label={t("fields.houseRules")} rows={3} />
      <SubmitButton pending={pending} label={unitId ? t("save") : t("create")} pendingLabel={t("saving")} />
    </TitledForm>
  );
}
