"use client";

import { useId, type ReactNode } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";

import { TableScroll } from "@/components/ui/TableScroll";

import { errorKeyAt } from "./Field";
import { FormAlert, useMessage } from "./Message";

/** What both CSV imports (members, network actors) answer: file errors, or counts and the lines to fix. */
export type CsvImportReport<Field extends string> = {
  fileErrors: { key: string; column?: string }[];
  lines: { line: number; status: "valid" | "invalid" | "existing"; errors: { field: Field; key: string }[] }[];
  valid: number;
  invalid: number;
  existing: number;
  imported: number;
};

/** The counts a report's summary sentence reads. */
export function countsOf({ valid, invalid, existing, imported }: CsvImportReport<string>) {
  return { valid, invalid, existing, imported };
}

type FormTexts = { formLabel: string; file: string; fileHint: string; check: string; run: string };

/**
 * The import form: a CSV file read in the browser into the `csv` field, options if any, then "check"
 * (dry run, nothing written) or "import". `blocked`: the answer is an error even when the action succeeded.
 */
export function CsvImportForm<T extends FieldValues & { csv: string; dryRun: boolean }>({
  form,
  onSubmit,
  pending,
  formError,
  successKey,
  blocked,
  texts,
  onFilePicked,
  children,
}: {
  form: UseFormReturn<T>;
  onSubmit: () => void;
  pending: boolean;
  formError: string | null;
  successKey: string | null;
  blocked: boolean;
  texts: FormTexts;
  onFilePicked: () => void;
  children?: ReactNode;
}) {
  const message = useMessage();
  const fileId = useId();
  const fileError = errorKeyAt(form.formState.errors, "csv");
  const submitWith = (dryRun: boolean) => () => form.setValue("dryRun" as Path<T>, dryRun as PathValue<T, Path<T>>);
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-4" aria-label={texts.formLabel}>
      <FormAlert errorKey={formError ?? (blocked ? successKey : null)} successKey={blocked ? null : successKey} />
      <div className="flex flex-col gap-1">
        <label htmlFor={fileId} className="font-medium">
          {texts.file}{" "}
          <span aria-hidden="true" className="text-red-700">
            *
          </span>
        </label>
        <p id={`${fileId}-hint`} className="text-sm text-slate-700">
          {texts.fileHint}
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
            onFilePicked();
            const text = file ? await file.text() : "";
            form.setValue("csv" as Path<T>, text as PathValue<T, Path<T>>, { shouldValidate: true });
          }}
        />
        {fileError ? (
          <p id={`${fileId}-error`} className="text-sm font-medium text-red-700">
            {message(fileError)}
          </p>
        ) : null}
      </div>
      {children}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-secondary" disabled={pending} onClick={submitWith(true)}>
          {texts.check}
        </button>
        <button type="submit" className="btn-primary" disabled={pending} onClick={submitWith(false)}>
          {texts.run}
        </button>
      </div>
    </form>
  );
}

type ReportTexts = {
  title: string;
  table: string;
  line: string;
  /** Heading of the column that names the line (its email, its name). */
  who: string;
  problem: string;
  existing: string;
  summary: string;
  fileError: (error: { key: string; column?: string }) => string;
  field: (field: string) => string;
};

/** The report of a check or an import: what is wrong on which line, in words. */
export function CsvImportReportView<Field extends string, Line extends CsvImportReport<Field>["lines"][number]>({
  report,
  whoOf,
  texts,
}: {
  report: Omit<CsvImportReport<Field>, "lines"> & { lines: Line[] };
  whoOf: (line: Line) => string;
  texts: ReportTexts;
}) {
  const message = useMessage();
  const problems = report.lines.filter((l) => l.status !== "valid");
  return (
    <section aria-labelledby="import-report" className="card space-y-3">
      <h2 id="import-report" className="text-xl font-semibold">
        {texts.title}
      </h2>
      {report.fileErrors.length ? (
        <ul className="list-inside list-disc text-red-800">
          {report.fileErrors.map((e, i) => (
            <li key={i}>{texts.fileError(e)}</li>
          ))}
        </ul>
      ) : (
        <p>{texts.summary}</p>
      )}
      {problems.length ? (
        <TableScroll label={texts.table}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{texts.title}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {texts.line}
                </th>
                <th scope="col" className="px-3 py-2">
                  {texts.who}
                </th>
                <th scope="col" className="px-3 py-2">
                  {texts.problem}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {problems.map((l) => (
                <tr key={l.line}>
                  <td className="px-3 py-2">{l.line}</td>
                  <td className="px-3 py-2">{whoOf(l) || "—"}</td>
                  <td className="px-3 py-2">
                    {l.status === "existing" ? (
                      texts.existing
                    ) : (
                      <ul>
                        {l.errors.map((e, i) => (
                          <li key={i}>
                            <span className="font-medium">{texts.field(e.field)}</span> : {message(e.key)}
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
  );
}
