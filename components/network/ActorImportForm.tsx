"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { countsOf, CsvImportForm, CsvImportReportView } from "@/components/forms/CsvImport";
import { useMessage } from "@/components/forms/Message";
import { useActionForm } from "@/components/forms/use-action-form";
import { translateDynamic } from "@/lib/i18n/dynamic";
import { importActorsAction } from "@/lib/network/actor-actions";
import type { ActorImportField, ActorImportReport } from "@/lib/network/import";
import { ZImportActors, type TImportActorsInput } from "@/lib/network/schemas";

/** Check first (nothing written), then import: the report says what is wrong on which line. */
export function ActorImportForm({ tenantSlug }: { tenantSlug: string }) {
  const t = useTranslations("network.import");
  const message = useMessage();
  const [report, setReport] = useState<ActorImportReport | null>(null);
  const { form, onSubmit, formError, successKey, pending } = useActionForm<TImportActorsInput, ActorImportReport>({
    schema: ZImportActors,
    action: (values) => importActorsAction(tenantSlug, values),
    defaultValues: { csv: "", dryRun: true },
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
        blocked={!!report?.fileErrors.length}
        onFilePicked={() => setReport(null)}
        texts={{
          formLabel: t("formLabel"),
          file: t("file"),
          fileHint: t("fileHint"),
          check: t("check"),
          run: t("run"),
        }}
      />

      {report ? (
        <CsvImportReportView
          report={report}
          whoOf={(l) => l.name}
          texts={{
            title: t("reportTitle"),
            table: t("reportTable"),
            line: t("line"),
            who: t("name"),
            problem: t("problem"),
            existing: t("existing"),
            summary: t("summary", countsOf(report)),
            fileError: (e) =>
              translateDynamic(t, e.key.replace("network.import.", ""), { column: e.column ?? "" }) ?? message(e.key),
            field: (field) => t(`columns.${field as ActorImportField}`),
          }}
        />
      ) : null}
    </div>
  );
}
