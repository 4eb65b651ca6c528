"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { FormAlert, useMessage } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { TableScroll } from "@/components/ui/TableScroll";
import { translateDynamic } from "@/lib/i18n/dynamic";
import { importMembersCsvAction } from "@/lib/members/actions";
import type { ImportReport } from "@/lib/members/import-rules";
import { ZImportMembers, type TImportMembersInput } from "@/lib/members/schemas";

/** Check first (nothing written), then import: the report says what is wrong on which line. */
export function ImportForm({ tenantSlug }: { tenantSlug: string }) {
  const t = useTranslations("memberImport");
  const message = useMessage();
  const fileId = useId();
  const [report, setReport] = useState<ImportReport | null>(null);
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TImportMembersInput, ImportReport>({
    schema: ZImportMembers,
    action: (values) => importMembersCsvAction(tenantSlug, values),
    defaultValues: { csv: "", mode: "strict", dryRun: true },
    onSuccess: (result) => setReport(result.data),
    onFailure: () => setReport(null),
  });
  const fileError = form.formState.errors.csv?.message;
  const submitWith = (dryRun: boolean) => () => form.setValue("dryRun", dryRun);

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="card space-y-4" aria-label={t("formLabel")}>
        <FormAlert
          errorKey={formError ?? (report?.blocked ? successKey : null)}
          successKey={report?.blocked ? null : successKey}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={fileId} className="font-medium">
            {t("file")}{" "}
            <span aria-hidden="true" className="text-red-700">
              *
            </span>
          </label>
          <p id={`${fileId}-hint`} className="text-sm text-slate-700">
            {t("fileHint")}
          </p>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
            aria-invalid={fileError ? true : undefined}
            className="rounded-md border border-slate-500 bg-white px-3 py-2"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setReport(null);
              form.setValue("csv", file ? await file.text() : "", { shouldValidate: true });
            }}
          />
          {fileError ? (
            <p id={`${fileId}-error`} className="text-sm font-medium text-red-700">
              {message(fileError)}
            </p>
          ) : null}
        </div>
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("mode")}</legend>
          <label className="flex items-start gap-2">
            <input type="radio" value="strict" className="mt-1 size-4" {...form.register("mode")} /> {t("modeStrict")}
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" value="validOnly" className="mt-1 size-4" {...form.register("mode")} />{" "}
            {t("modeValidOnly")}
          </label>
        </fieldset>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn-secondary" disabled={pending} onClick={submitWith(true)}>
            {t("check")}
          </button>
          <button type="submit" className="btn-primary" disabled={pending} onClick={submitWith(false)}>
            {t("import")}
          </button>
        </div>
      </form>

      {report ? (
        <section aria-labelledby="import-report" className="card space-y-3">
          <h2 id="import-report" className="text-xl font-semibold">
            {t("reportTitle")}
          </h2>
          {report.fileErrors.length ? (
            <ul className="list-inside list-disc text-red-800">
              {report.fileErrors.map((e, i) => (
                <li key={i}>
                  {translateDynamic(t, e.key.replace("memberImport.", ""), { column: e.column ?? "" }) ??
                    message(e.key)}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {t("summary", {
                valid: report.valid,
                invalid: report.invalid,
                existing: report.existing,
                imported: report.imported,
              })}
            </p>
          )}
          {report.lines.some((l) => l.status !== "valid") ? (
            <TableScroll label={t("reportTable")}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("reportTitle")}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t("line")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("email")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("problem")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {report.lines
                    .filter((l) => l.status !== "valid")
                    .map((l) => (
                      <tr key={l.line}>
                        <td className="px-3 py-2">{l.line}</td>
                        <td className="px-3 py-2">{l.email || "—"}</td>
                        <td className="px-3 py-2">
                          {l.status === "existing" ? (
                            t("existing")
                          ) : (
                            <ul>
                              {l.errors.map((e, i) => (
                                <li key={i}>
                                  <span className="font-medium">{t(`columns.${e.field}`)}</span> : {message(e.key)}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
