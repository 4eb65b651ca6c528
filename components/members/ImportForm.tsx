"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { countsOf, CsvImportForm, CsvImportReportView } from "@/components/forms/CsvImport";
import { useMessage } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { translateDynamic } from "@/lib/i18n/dynamic";
import { importMembersCsvAction } from "@/lib/members/actions";
import type { ImportField, ImportReport } from "@/lib/members/import-rules";
import { ZImportMembers, type TImportMembersInput } from "@/lib/members/schemas";

/** Check first (nothing written), then import: the report says what is wrong on which line. */
export function ImportForm({ tenantSlug }: { tenantSlug: string }) {
  const t = useTranslations("memberImport");
  const message = useMessage();
  const [report, setReport] = useState<ImportReport | null>(null);
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TImportMembersInput, ImportReport>({
    schema: ZImportMembers,
    action: (values) => importMembersCsvAction(tenantSlug, values),
    defaultValues: { csv: "", mode: "strict", dryRun: true },
    onSuccess: (result) => setReport(result.data),
    onFailure: () => setReport(null),
  });

  return (
    <div className="space-y-4">
      <CsvImportForm
        form={form}
        onSubmit={onSubmit}
        pending={pending}
        formError={formError}
        successKey={successKey}
        blocked={!!report?.blocked}
        onFilePicked={() => setReport(null)}
        texts={{
          formLabel: t("formLabel"),
          file: t("file"),
          fileHint: t("fileHint"),
          check: t("check"),
          run: t("import"),
        }}
      >
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
      </CsvImportForm>

      {report ? (
        <CsvImportReportView
          report={report}
          whoOf={(l) => l.email}
          texts={{
            title: t("reportTitle"),
            table: t("reportTable"),
            line: t("line"),
            who: t("email"),
            problem: t("problem"),
            existing: t("existing"),
            summary: t("summary", countsOf(report)),
            fileError: (e) =>
              translateDynamic(t, e.key.replace("memberImport.", ""), { column: e.column ?? "" }) ?? message(e.key),
            field: (field) => t(`columns.${field as ImportField}`),
          }}
        />
      ) : null}
    </div>
  );
}
