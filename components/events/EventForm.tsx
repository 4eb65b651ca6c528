"use client";

import { useTranslations } from "next-intl";

import {
  CheckboxField,
  optionsOf,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "@/components/forms/Field";
import { TitledForm } from "@/components/forms/TitledForm";
import { useActionForm } from "@/components/forms/use-action-form";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import { AUDIENCES, EVENT_KINDS, ZEventInput, type TEventInput } from "@/lib/events/schemas";

const EMPTY: TEventInput = {
  title: "",
  description: "",
  kind: "OUTING",
  startsAt: "",
  endsAt: "",
  registrationDeadline: "",
  place: "",
  capacity: 30,
  priceMember: 0,
  priceCompanion: 0,
  maxCompanions: 1,
  audience: "MEMBERS",
  publish: true,
};

/** Creates an event, or edits one when `editing` is given (a draft can be published from here). */
export function EventForm({
  tenantSlug,
  timeZone,
  editing,
  audience,
}: {
  tenantSlug: string;
  timeZone: string;
  editing?: { id: string; values: TEventInput; isDraft: boolean };
  /** How many members the announcement will reach, shown before publishing. */
  audience: number;
}) {
  const t = useTranslations("events");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TEventInput, unknown>({
    // The same fields either way; the server adds the event id to its own check.
    schema: ZEventInput,
    action: (values) =>
      editing
        ? updateEventAction(tenantSlug, { ...values, eventId: editing.id })
        : createEventAction(tenantSlug, values),
    defaultValues: editing?.values ?? EMPTY,
    resetOnSuccess: !editing,
  });
  return (
    <TitledForm
      id="event-form-title"
      title={editing ? t("edit") : t("create")}
      onSubmit={onSubmit}
      formError={formError}
      successKey={successKey}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="title" label={t("title")} required />
        <SelectField
          form={form}
          name="kind"
          label={t("kind")}
          required
          options={optionsOf(EVENT_KINDS, (k) => t(`kinds.${k}`))}
        />
        <TextField
          form={form}
          name="startsAt"
          type="datetime-local"
          label={t("startsAt")}
          hint={t("timeZoneHint", { timeZone })}
          required
        />
        <TextField form={form} name="endsAt" type="datetime-local" label={t("endsAt")} required />
        <TextField form={form} name="registrationDeadline" type="datetime-local" label={t("deadline")} required />
        <TextField form={form} name="place" label={t("place")} required />
        <TextField form={form} name="capacity" type="number" inputMode="numeric" label={t("capacity")} required />
        <TextField
          form={form}
          name="maxCompanions"
          type="number"
          inputMode="numeric"
          label={t("maxCompanions")}
          required
        />
        <TextField form={form} name="priceMember" type="number" label={t("priceMember")} />
        <TextField form={form} name="priceCompanion" type="number" label={t("priceCompanion")} />
      </div>
      <TextAreaField form={form} name="description" label={t("description")} rows={3} />
      <SelectField
        form={form}
        name="audience"
        label={t("audience")}
        options={optionsOf(AUDIENCES, (a) => t(`audiences.${a}`))}
      />
      {!editing || editing.isDraft ? (
        <CheckboxField
          form={form}
          name="publish"
          label={t("publish")}
          hint={t("announcementReach", { count: audience })}
        />
      ) : null}
      <SubmitButton pending={pending} label={t("save")} pendingLabel="…" />
    </TitledForm>
  );
}
