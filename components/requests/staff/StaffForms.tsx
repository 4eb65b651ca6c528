"use client";

import { useTranslations } from "next-intl";

import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { valuesOf } from "@/lib/forms/enums";
import { ClosingReason, NeedStatus, RequestStage } from "@/lib/generated/prisma/enums";
import {
  ZAssign,
  ZChangeStage,
  ZRequestText,
  ZUpdateNeed,
  type TAssignInput,
  type TChangeStageInput,
  type TRequestTextInput,
  type TUpdateNeedInput,
} from "@/lib/requests/schemas";
import {
  addRequestNoteAction,
  assignRequestAction,
  changeRequestStageAction,
  sendRequestMessageAction,
  updateRequestNeedAction,
} from "@/lib/requests/staff-actions";

type Person = { id: string; name: string | null; email: string };
const STAGES = valuesOf(RequestStage);
const REASONS = valuesOf(ClosingReason);
const NEED_STATUSES = valuesOf(NeedStatus);

export function StageForm({ tenantSlug, requestId, stage }: { tenantSlug: string; requestId: string; stage: string }) {
  const t = useTranslations("requests");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TChangeStageInput>({
    schema: ZChangeStage,
    action: (values) => changeRequestStageAction(tenantSlug, values),
    defaultValues: { requestId, to: stage as TChangeStageInput["to"], closingReason: "", closingNote: "" },
  });
  const to = form.watch("to");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("staff.changeStage")}>
      <FormAlert errorKey={formError} successKey={successKey} />
      <SelectField
        form={form}
        name="to"
        label={t("staff.toStage")}
        options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
      />
      {to === "CLOSED" ? (
        <>
          <SelectField
            form={form}
            name="closingReason"
            label={t("staff.closingReason")}
            required
            options={[
              { value: "", label: "—" },
              ...REASONS.map((r) => ({ value: r, label: t(`closingReasons.${r}`) })),
            ]}
          />
          <TextField form={form} name="closingNote" label={t("staff.closingNote")} />
        </>
      ) : null}
      <SubmitButton pending={pending} label={t("staff.applyStage")} pendingLabel="…" />
    </form>
  );
}

export function AssignForm({
  tenantSlug,
  requestId,
  assigneeId,
  staff,
}: {
  tenantSlug: string;
  requestId: string;
  assigneeId: string | null;
  staff: Person[];
}) {
  const t = useTranslations("requests.staff");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TAssignInput>({
    schema: ZAssign,
    action: (values) => assignRequestAction(tenantSlug, values),
    defaultValues: { requestId, assigneeId: assigneeId ?? "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("assign")}>
      <FormAlert errorKey={formError} successKey={successKey} />
      <SelectField
        form={form}
        name="assigneeId"
        label={t("assignTo")}
        options={[{ value: "", label: t("nobody") }, ...staff.map((p) => ({ value: p.id, label: p.name ?? p.email }))]}
      />
      <SubmitButton pending={pending} label={t("saveAssign")} pendingLabel="…" />
    </form>
  );
}

export function NeedForm({
  tenantSlug,
  need,
  needLabel,
  staff,
}: {
  tenantSlug: string;
  needLabel: string;
  staff: Person[];
  need: { id: string; status: string; assigneeId: string | null; dueDate: string };
}) {
  const t = useTranslations("requests");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TUpdateNeedInput>({
    schema: ZUpdateNeed,
    action: (values) => updateRequestNeedAction(tenantSlug, values),
    defaultValues: {
      needId: need.id,
      status: need.status as TUpdateNeedInput["status"],
      assigneeId: need.assigneeId ?? "",
      dueDate: need.dueDate,
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={needLabel}>
      <FormAlert errorKey={formError} successKey={successKey} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          form={form}
          name="status"
          label={t("staff.needStatus", { need: needLabel })}
          options={NEED_STATUSES.map((s) => ({ value: s, label: t(`needStatus.${s}`) }))}
        />
        <SelectField
          form={form}
          name="assigneeId"
          label={t("staff.needAssignee")}
          options={[
            { value: "", label: t("staff.nobody") },
            ...staff.map((p) => ({ value: p.id, label: p.name ?? p.email })),
          ]}
        />
        <TextField form={form} name="dueDate" type="date" label={t("staff.needDue")} />
      </div>
      <SubmitButton pending={pending} label={t("staff.saveNeed")} pendingLabel="…" />
    </form>
  );
}

export function TextForm({
  tenantSlug,
  requestId,
  kind,
}: {
  tenantSlug: string;
  requestId: string;
  kind: "note" | "message";
}) {
  const t = useTranslations("requests.staff");
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TRequestTextInput>({
    schema: ZRequestText,
    action: (values) => (kind === "note" ? addRequestNoteAction : sendRequestMessageAction)(tenantSlug, values),
    defaultValues: { requestId, body: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert errorKey={formError} successKey={successKey} />
      <TextAreaField
        form={form}
        name="body"
        label={kind === "note" ? t("note") : t("message")}
        hint={kind === "note" ? t("notesHint") : t("messageHint")}
        rows={3}
        required
      />
      <SubmitButton pending={pending} label={kind === "note" ? t("addNote") : t("sendMessage")} pendingLabel="…" />
    </form>
  );
}
