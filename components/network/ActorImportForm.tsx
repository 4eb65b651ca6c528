"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { FormAlert, useMessage } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { TableScroll } from "@/components/ui/TableScroll";
import { translateDynamic } from "@/lib/i18n/dynamic";
import { importActorsAction } from "@/lib/network/actor-actions";
import type { ActorImportReport } from "@/lib/network/import";
import { ZImportActors, type TImportActorsInput } from "@/lib/network/schemas";

/** Check first (nothing written), then import: the report says what is wrong on which line. */
export function ActorImportForm({ tenantSlug }: { tenantSlug: string }) {
  const t = useTranslations("network.import");
  const message = useMessage();
  const fileId = useId();
  const [report, setReport] = useState<ActorImportReport | null>(null);
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TImportActorsInput, ActorImportReport>({
    schema: ZImportActors,
    action: (values) => importActorsAction(tenantSlug, values),
    defaultValues: { csv: "", dryRun: true },
    onSuccess: (result) => setReport(result.data),
    onFailure: () => setReport(null),
  });
  const fileError = form.formState.errors.csv?.message;
  const submitWith = (dryRun: boolean) => () => form.setValue("dryRun", dryRun);
  const blocked = !!report?.fileErrors.length;
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="card space-y-4" aria-label={t("formLabel")}>
        <FormAlert errorKey={formError ?? (blocked ? successKey : null)} successKey={blocked ? null : successKey} />
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
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn-secondary" disabled={pending} onClick={submitWith(true)}>
            {t("check")}
          </button>
          <button type="submit" className="btn-primary" disabled={pending} onClick={submitWith(false)}>
            {t("run")}
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
                  {translateDynamic(t, e.key.replace("network.import.", ""), { column: e.column ?? "" }) ??
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
                      {t("name")}
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
                        <td className="px-3 py-2">{l.name || "—"}</td>
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
